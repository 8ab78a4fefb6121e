"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/espace/actions";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus, fieldErrors } from "@/components/ui/form-status";

export function ChangePasswordForm() {
  const [state, formAction] = useActionState(changePasswordAction, undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField name="currentPassword" label="Mot de passe actuel" type="password" autoComplete="current-password" required errors={fieldErrors(state, "currentPassword")} />
      <TextField
        name="newPassword"
        label="Nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        maxLength={128}
        hint="12 caractères au moins."
        errors={fieldErrors(state, "newPassword")}
      />
      <SubmitButton pendingLabel="Enregistrement…">Changer le mot de passe</SubmitButton>
    </form>
  );
}
