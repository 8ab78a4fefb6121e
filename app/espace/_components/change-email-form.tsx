"use client";

import { useActionState } from "react";
import { changeEmailAction } from "@/app/espace/actions";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus, fieldErrors, previousValue } from "@/components/ui/form-status";

export function ChangeEmailForm() {
  const [state, formAction] = useActionState(changeEmailAction, undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField
        name="newEmail"
        label="Nouvelle adresse e-mail"
        type="email"
        autoComplete="email"
        required
        hint="Elle remplacera l'actuelle quand vous aurez ouvert le lien que nous y enverrons."
        defaultValue={previousValue(state, "newEmail")}
        errors={fieldErrors(state, "newEmail")}
      />
      <TextField name="password" label="Votre mot de passe" type="password" autoComplete="current-password" required errors={fieldErrors(state, "password")} />
      <SubmitButton variant="secondary" pendingLabel="Envoi…">Changer d&apos;adresse</SubmitButton>
    </form>
  );
}
