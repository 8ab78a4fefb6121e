"use client";

import { useActionState } from "react";
import { deleteAccountAction } from "@/app/espace/actions";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus, fieldErrors, previousValue } from "@/components/ui/form-status";

export function DeleteAccountForm() {
  const [state, formAction] = useActionState(deleteAccountAction, undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField
        name="confirmation"
        label="Pour confirmer, tapez SUPPRIMER"
        autoComplete="off"
        required
        defaultValue={previousValue(state, "confirmation")}
        errors={fieldErrors(state, "confirmation")}
      />
      <TextField
        name="password"
        label="Votre mot de passe"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors(state, "password")}
      />
      <SubmitButton variant="danger" pendingLabel="Suppression…">Supprimer définitivement mon compte</SubmitButton>
    </form>
  );
}
