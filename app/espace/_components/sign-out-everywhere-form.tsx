"use client";

import { useActionState } from "react";
import { signOutEverywhereAction } from "@/app/espace/actions";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function SignOutEverywhereForm() {
  const [state, formAction] = useActionState(signOutEverywhereAction, undefined);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <SubmitButton variant="secondary" pendingLabel="Déconnexion…">Me déconnecter de tous mes appareils</SubmitButton>
    </form>
  );
}
