"use client";

import Link from "next/link";
import { acceptPartnerInvitationAction, acceptPartnerInvitationNewAccountAction } from "../actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { NewPasswordField } from "@/components/forms/password-fields";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { routes } from "@/lib/routes";

/** No account has the invited address yet: the person chooses a name and a password. */
export function NewAccountForm({ token, email }: { token: string; email: string }) {
  const { state, formAction, field, errors } = useActionForm(acceptPartnerInvitationNewAccountAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <p>
        Adresse e-mail du compte : <strong className="break-all">{email}</strong> (celle à laquelle l&apos;invitation a été envoyée).
      </p>
      <TextField label="Nom et prénom" autoComplete="name" required maxLength={100} {...field("name")} />
      <NewPasswordField label="Mot de passe" advice="Une phrase facile à retenir fait un bon mot de passe." errors={errors("password")} />
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
      <SubmitButton pendingLabel="Création…">Créer mon compte partenaire</SubmitButton>
    </form>
  );
}

/** The owner of the invited address, signed in with it: one click. */
export function AcceptForm({ token }: { token: string }) {
  const { state, formAction } = useActionForm(acceptPartnerInvitationAction);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Enregistrement…">Accepter l&apos;invitation</SubmitButton>
    </form>
  );
}
