"use client";

import { useActionState } from "react";
import { requestPasswordResetAction } from "@/app/(auth)/actions";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus, fieldErrors, previousValue } from "@/components/ui/form-status";

export function RequestResetForm() {
  const [state, formAction] = useActionState(requestPasswordResetAction, undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField name="email" label="Adresse e-mail du compte" type="email" autoComplete="email" required defaultValue={previousValue(state, "email")} errors={fieldErrors(state, "email")} />
      <SubmitButton pendingLabel="Envoi…">Recevoir un lien</SubmitButton>
    </form>
  );
}
