"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signInAction } from "@/app/(auth)/actions";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus, fieldErrors, previousValue } from "@/components/ui/form-status";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction] = useActionState(signInAction, undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField
        name="email"
        label="Adresse e-mail"
        type="email"
        autoComplete="email"
        required
        defaultValue={previousValue(state, "email")}
        errors={fieldErrors(state, "email")}
      />
      <TextField name="password" label="Mot de passe" type="password" autoComplete="current-password" required errors={fieldErrors(state, "password")} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Connexion…">Se connecter</SubmitButton>
        <Link href="/mot-de-passe/oublie" className="underline">Mot de passe oublié ?</Link>
      </div>
    </form>
  );
}
