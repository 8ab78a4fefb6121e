"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus, fieldErrors, previousValue } from "@/components/ui/form-status";

export function SignUpForm({ entrances }: { entrances: { id: string; label: string }[] }) {
  const [state, formAction] = useActionState(signUpAction, undefined);
  const consentErrors = fieldErrors(state, "consent");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField name="name" label="Nom et prénom" autoComplete="name" required maxLength={100} defaultValue={previousValue(state, "name")} errors={fieldErrors(state, "name")} />
      <TextField name="email" label="Adresse e-mail" type="email" autoComplete="email" required defaultValue={previousValue(state, "email")} errors={fieldErrors(state, "email")} />
      <TextField
        name="password"
        label="Mot de passe"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        maxLength={128}
        hint="12 caractères au moins. Une phrase facile à retenir fait un bon mot de passe."
        errors={fieldErrors(state, "password")}
      />
      <SelectField
        name="entranceId"
        label="Votre entrée d'immeuble (facultatif)"
        hint="Pour vous tenir informé de ce qui concerne votre immeuble."
        emptyLabel="Je ne précise pas"
        options={entrances.map((e) => ({ value: e.id, label: e.label }))}
        defaultValue={previousValue(state, "entranceId") ?? ""}
        errors={fieldErrors(state, "entranceId")}
      />
      <div className="space-y-1">
        <div className="flex items-start gap-2">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            required
            className="mt-1 h-5 w-5"
            aria-invalid={consentErrors?.length ? true : undefined}
            aria-describedby={consentErrors?.length ? "consent-error" : undefined}
          />
          <label htmlFor="consent">
            J&apos;ai lu la <Link href="/confidentialite" className="underline">politique de confidentialité</Link> et
            j&apos;accepte que la Régie traite mes données pour gérer mon compte.
          </label>
        </div>
        {consentErrors?.length ? (
          <p id="consent-error" className="text-sm font-medium text-red-800">
            {consentErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <SubmitButton pendingLabel="Création…">Créer mon compte</SubmitButton>
    </form>
  );
}
