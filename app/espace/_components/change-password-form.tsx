"use client";

import { changePasswordAction } from "@/app/espace/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { CurrentPasswordField, NewPasswordField } from "@/components/forms/password-fields";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function ChangePasswordForm() {
  const { state, formAction, errors } = useActionForm(changePasswordAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <CurrentPasswordField name="currentPassword" label="Mot de passe actuel" errors={errors("currentPassword")} />
      <NewPasswordField name="newPassword" label="Nouveau mot de passe" errors={errors("newPassword")} />
      <SubmitButton pendingLabel="Enregistrement…">Changer le mot de passe</SubmitButton>
    </form>
  );
}
