"use client";

import { useActionState } from "react";
import { respondToResolutionAction } from "@/app/espace/signalements/actions";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus, fieldErrors, previousValue } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";

/** "C'est réparé" (→ closed) and, within the window, "Ce n'est pas réparé" with a comment. */
export function ResolutionForms({ reportId, version, canReopen }: { reportId: string; version: number; canReopen: boolean }) {
  const [fixedState, fixedAction] = useActionState(respondToResolutionAction, undefined);
  const [reopenState, reopenAction] = useActionState(respondToResolutionAction, undefined);
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <form action={fixedAction} className="space-y-3">
        <FormStatus state={fixedState} />
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="decision" value="fixed" />
        <p>Le problème a bien disparu ? Le signalement sera clos.</p>
        <SubmitButton pendingLabel="Envoi…">C&apos;est réparé</SubmitButton>
      </form>
      {canReopen ? (
        <form action={reopenAction} className="space-y-3" noValidate>
          <FormStatus state={reopenState} />
          <input type="hidden" name="reportId" value={reportId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="decision" value="not-fixed" />
          <TextAreaField
            name="comment"
            id="reopen-comment"
            label="Qu'est-ce qui n'est pas réparé ?"
            required
            rows={3}
            maxLength={1000}
            defaultValue={previousValue(reopenState, "comment") ?? ""}
            errors={fieldErrors(reopenState, "comment")}
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
