"use client";

import { markAllNotificationsReadAction, openNotificationAction } from "@/app/espace/notifications/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Opens an unread notification: marked read, then on to its report (or back here if it has none). */
export function OpenNotificationForm({ notificationId, label }: { notificationId: string; label: string }) {
  const { state, formAction } = useActionForm(openNotificationAction);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <input type="hidden" name="notificationId" value={notificationId} />
      <SubmitButton variant="secondary" pendingLabel="Ouverture…">
        {label}
      </SubmitButton>
    </form>
  );
}

/**
 * Rendered whenever the person has notifications, read or not: once all are read the button goes,
 * but the form stays in place to say so (its state lives where it was submitted, with or without
 * JavaScript).
 */
export function MarkAllReadForm({ hasUnread }: { hasUnread: boolean }) {
  const { state, formAction } = useActionForm(markAllNotificationsReadAction);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      {hasUnread ? <SubmitButton pendingLabel="Enregistrement…">Tout marquer comme lu</SubmitButton> : null}
    </form>
  );
}
