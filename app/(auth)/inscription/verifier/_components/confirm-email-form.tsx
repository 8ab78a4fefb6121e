"use client";

import { confirmEmailAction } from "@/app/(auth)/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function ConfirmEmailForm({ token }: { token: string }) {
  const { state, formAction } = useActionForm(confirmEmailAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <p>Confirmez que cette adresse e-mail est bien la vôtre.</p>
      <SubmitButton pendingLabel="Confirmation…">Confirmer mon adresse</SubmitButton>
    </form>
  );
}
