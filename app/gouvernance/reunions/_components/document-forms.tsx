"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormStatus } from "@/components/ui/form-status";
import { deleteMeetingDocumentAction } from "@/app/gouvernance/reunions/actions";

/** Deleting a meeting's document: a box to tick, then the button. Works without JavaScript. */
export function DeleteDocumentForm({ documentId, title }: { documentId: string; title: string }) {
  const form = useActionForm(deleteMeetingDocumentAction);
  return (
    <form action={form.formAction} className="space-y-3" noValidate aria-label={`Supprimer « ${title} »`}>
      <FormStatus state={form.state} />
      <input type="hidden" name="documentId" value={documentId} />
      <CheckboxField {...form.checkbox("confirm")} id={`document-${documentId}-confirm`} label={`Oui, supprimer définitivement « ${title} »`} required />
      <SubmitButton variant="danger" pendingLabel="Suppression…">
        Supprimer le document
      </SubmitButton>
    </form>
  );
}
