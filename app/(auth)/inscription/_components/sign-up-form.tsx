"use client";

import Link from "next/link";
import { signUpAction } from "@/app/(auth)/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { NewPasswordField } from "@/components/forms/password-fields";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { routes } from "@/lib/routes";

export function SignUpForm({ entrances }: { entrances: { id: string; label: string }[] }) {
  const { state, formAction, field, errors } = useActionForm(signUpAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField label="Nom et prénom" autoComplete="name" required maxLength={100} {...field("name")} />
      <TextField label="Adresse e-mail" type="email" autoComplete="email" required {...field("email")} />
      <NewPasswordField label="Mot de passe" advice="Une phrase facile à retenir fait un bon mot de passe." errors={errors("password")} />
      <SelectField
        label="Votre entrée d'immeuble (facultatif)"
        hint="Pour vous tenir informé de ce qui concerne votre immeuble."
        emptyLabel="Je ne précise pas"
        options={entrances.map((e) => ({ value: e.id, label: e.label }))}
        {...field("entranceId")}
      />
      {/* Consent is given afresh with each submission: the box is never ticked for the person. */}
      <CheckboxField
        name="consent"
        required
        label={
          <>
            J&apos;ai lu la <Link href={routes.public.privacy} className="underline">politique de confidentialité</Link> et
            j&apos;accepte que la Régie traite mes données pour gérer mon compte.
          </>
        }
        errors={errors("consent")}
      />
      <SubmitButton pendingLabel="Création…">Créer mon compte</SubmitButton>
    </form>
  );
}
