"use client";

import { commentReportAsPartnerAction, setReportStatusAsPartnerAction } from "@/app/partenaire/signalements/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";

/** "Pris en charge" and "Résolu": each sends the version it was shown, so a change made meanwhile is a conflict. */
export function PartnerStatusForms({
  reportId,
  version,
  canTakeInHand,
  canResolve,
}: {
  reportId: string;
  version: number;
  canTakeInHand: boolean;
  canResolve: boolean;
}) {
  const { state, formAction } = useActionForm(setReportStatusAsPartnerAction);
  if (!canTakeInHand && !canResolve) return <p>Ce signalement est traité : aucune action n&apos;est attendue de votre part.</p>;
  return (
    <div className="space-y-3">
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-3">
        {canTakeInHand ? (
          <form action={formAction}>
            <input type="hidden" name="reportId" value={reportId} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="action" value="take-in-hand" />
            <SubmitButton pendingLabel="Envoi…">Pris en charge</SubmitButton>
          </form>
        ) : null}
        {canResolve ? (
          <form action={formAction}>
            <input type="hidden" name="reportId" value={reportId} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="action" value="resolve" />
            <SubmitButton variant="secondary" pendingLabel="Envoi…">
              Résolu
            </SubmitButton>
          </form>
        ) : null}
      </div>
    </div>
  );
}

/** A comment for the Régie's team and the report's partners (not shown to residents). */
export function PartnerCommentForm({ reportId }: { reportId: string }) {
  const { state, formAction, field } = useActionForm(commentReportAsPartnerAction);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <TextAreaField
        id="partner-comment"
        label="Votre commentaire"
        hint="Visible par l'équipe de la Régie et les partenaires concernés, pas par les habitants."
        required
        rows={3}
        maxLength={2000}
        {...field("comment")}
      />
      <SubmitButton pendingLabel="Envoi…">Ajouter le commentaire</SubmitButton>
    </form>
  );
}
