"use client";

import { supportReportAction } from "@/app/signalements/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** "Moi aussi": join an open report instead of creating a duplicate. */
export function SupportButton({ reportId, number }: { reportId: string; number: number }) {
  const { state, formAction } = useActionForm(supportReportAction);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <SubmitButton variant="secondary" pendingLabel="Envoi…" aria-label={`Moi aussi : j'ai le même problème que le signalement n° ${number}`}>
        Moi aussi
      </SubmitButton>
    </form>
  );
}
