"use client";

import Link from "next/link";
import { signInAction } from "@/app/(auth)/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { CurrentPasswordField } from "@/components/forms/password-fields";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { routes } from "@/lib/routes";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const { state, formAction, field, errors } = useActionForm(signInAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField label="Adresse e-mail" type="email" autoComplete="email" required {...field("email")} />
      <CurrentPasswordField label="Mot de passe" errors={errors("password")} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Connexion…">Se connecter</SubmitButton>
        <Link href={routes.auth.forgotPassword} className="underline">Mot de passe oublié ?</Link>
      </div>
    </form>
  );
}
