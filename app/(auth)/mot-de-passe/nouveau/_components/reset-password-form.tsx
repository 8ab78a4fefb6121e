"use client";

import { resetPasswordAction } from "@/app/(auth)/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { NewPasswordField } from "@/components/forms/password-fields";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function ResetPasswordForm({ token }: { token: string }) {
  const { state, formAction, errors } = useActionForm(resetPasswordAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordField label="Nouveau mot de passe" errors={errors("password")} />
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer le mot de passe</SubmitButton>
    </form>
  );
}
