"use client";

import { changeEmailAction } from "@/app/espace/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { CurrentPasswordField } from "@/components/forms/password-fields";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

export function ChangeEmailForm() {
  const { state, formAction, field, errors } = useActionForm(changeEmailAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField
        label="Nouvelle adresse e-mail"
        type="email"
        autoComplete="email"
        required
        hint="Elle remplacera l'actuelle quand vous aurez ouvert le lien que nous y enverrons."
        {...field("newEmail")}
      />
      <CurrentPasswordField label="Votre mot de passe" errors={errors("password")} />
      <SubmitButton variant="secondary" pendingLabel="Envoi…">Changer d&apos;adresse</SubmitButton>
    </form>
  );
}
