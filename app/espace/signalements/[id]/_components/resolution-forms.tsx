"use client";

import { respondToResolutionAction } from "@/app/espace/signalements/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";

/** "C'est réparé" (→ closed) and, within the window, "Ce n'est pas réparé" with a comment. */
export function ResolutionForms({ reportId, version, canReopen }: { reportId: string; version: number; canReopen: boolean }) {
  const fixed = useActionForm(respondToResolutionAction);
  const reopen = useActionForm(respondToResolutionAction);
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <form action={fixed.formAction} className="space-y-3">
        <FormStatus state={fixed.state} />
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="decision" value="fixed" />
        <p>Le problème a bien disparu ? Le signalement sera clos.</p>
        <SubmitButton pendingLabel="Envoi…">C&apos;est réparé</SubmitButton>
      </form>
      {canReopen ? (
        <form action={reopen.formAction} className="space-y-3" noValidate>
          <FormStatus state={reopen.state} />
          <input type="hidden" name="reportId" value={reportId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="decision" value="not-fixed" />
          <TextAreaField
            id="reopen-comment"
            label="Qu'est-ce qui n'est pas réparé ?"
            required
            rows={3}
            maxLength={1000}
            {...reopen.field("comment")}
          />
          <SubmitButton variant="secondary" pendingLabel="Envoi…">
            Ce n&apos;est pas réparé
          </SubmitButton>
        </form>
      ) : (
        <p>Le délai pour rouvrir ce signalement est dépassé : si le problème revient, faites un nouveau signalement.</p>
      )}
    </div>
  );
}
