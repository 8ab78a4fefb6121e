"use client";

import { useActionState } from "react";
import { markAllNotificationsReadAction, openNotificationAction } from "@/app/espace/notifications/actions";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Opens an unread notification: marked read, then on to its report (or back here if it has none). */
export function OpenNotificationForm({ notificationId, label }: { notificationId: string; label: string }) {
  const [state, formAction] = useActionState(openNotificationAction, undefined);
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

export function MarkAllReadForm() {
  const [state, formAction] = useActionState(markAllNotificationsReadAction, undefined);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <SubmitButton pendingLabel="Enregistrement…">Tout marquer comme lu</SubmitButton>
    </form>
  );
}
