"use client";

import { deleteAccountAction } from "@/app/espace/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { CurrentPasswordField } from "@/components/forms/password-fields";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

export function DeleteAccountForm() {
  const { state, formAction, field, errors } = useActionForm(deleteAccountAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField label="Pour confirmer, tapez SUPPRIMER" autoComplete="off" required {...field("confirmation")} />
      <CurrentPasswordField label="Votre mot de passe" errors={errors("password")} />
      <SubmitButton variant="danger" pendingLabel="Suppression…">Supprimer définitivement mon compte</SubmitButton>
    </form>
  );
}
