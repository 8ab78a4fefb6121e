"use client";

import { requestPasswordResetAction } from "@/app/(auth)/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

export function RequestResetForm() {
  const { state, formAction, field } = useActionForm(requestPasswordResetAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField label="Adresse e-mail du compte" type="email" autoComplete="email" required {...field("email")} />
      <SubmitButton pendingLabel="Envoi…">Recevoir un lien</SubmitButton>
    </form>
  );
}
