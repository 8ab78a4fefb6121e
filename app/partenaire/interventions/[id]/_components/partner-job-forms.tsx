"use client";

import { sendBackJobAsPartnerAction, validateJobAsPartnerAction } from "@/app/partenaire/interventions/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";
import { SEND_BACK_COMMENT_MAX } from "@/lib/work-orders/partner-schemas";

/** "Valider": sends the version the page was shown, so a change made meanwhile is a conflict. */
export function ValidateJobForm({ workOrderId, version }: { workOrderId: string; version: number }) {
  const { state, formAction } = useActionForm(validateJobAsPartnerAction);
  return (
    <form action={formAction} className="space-y-3">
      <FormStatus state={state} />
      <input type="hidden" name="workOrderId" value={workOrderId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pendingLabel="Validation…">Valider l&apos;intervention</SubmitButton>
    </form>
  );
}

/** "Renvoyer" with what is left to do: the comment is required and shown on the job's timeline. */
export function SendBackJobForm({ workOrderId, version }: { workOrderId: string; version: number }) {
  const { state, formAction, field } = useActionForm(sendBackJobAsPartnerAction);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="workOrderId" value={workOrderId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        id="commentaire-renvoi"
        label="Ce qui reste à reprendre"
        hint="Obligatoire. Visible par l'équipe de la Régie, qui reprendra l'intervention."
        required
        rows={3}
        maxLength={SEND_BACK_COMMENT_MAX}
        {...field("comment")}
      />
      <SubmitButton variant="secondary" pendingLabel="Envoi…">Renvoyer l&apos;intervention</SubmitButton>
    </form>
  );
}
