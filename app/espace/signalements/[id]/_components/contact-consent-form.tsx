"use client";

import { setContactConsentAction } from "@/app/espace/signalements/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Give or withdraw the agreement to be contacted by the partner handling the report. */
export function ContactConsentForm({ reportId, consent }: { reportId: string; consent: boolean }) {
  const { state, formAction } = useActionForm(setContactConsentAction);
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="consent" value={consent ? "no" : "yes"} />
      <SubmitButton variant="secondary" pendingLabel="Enregistrement…">
        {consent ? "Retirer mon accord" : "Accepter d'être contacté(e)"}
      </SubmitButton>
    </form>
  );
}
