"use client";

import { signOutEverywhereAction } from "@/app/espace/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function SignOutEverywhereForm() {
  const { state, formAction } = useActionForm(signOutEverywhereAction);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <SubmitButton variant="secondary" pendingLabel="Déconnexion…">Me déconnecter de tous mes appareils</SubmitButton>
    </form>
  );
}
