"use client";

import { resendVerificationAction } from "@/app/espace/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Shown until the account's address is confirmed: what waits on it, and a new link. */
export function EmailVerificationBanner({ email }: { email: string }) {
  const { state, formAction } = useActionForm(resendVerificationAction);
  return (
    <section aria-labelledby="titre-verification" className="space-y-3 rounded-lg border border-amber-700 bg-amber-50 p-4">
      <h2 id="titre-verification" className="text-xl font-semibold">Confirmez votre adresse e-mail</h2>
      <p>
        Ouvrez le lien envoyé à <strong>{email}</strong>. En attendant, vous pouvez signaler un problème, mais vous ne
        recevez pas d&apos;e-mails sur vos signalements et vos coordonnées ne peuvent pas être transmises à un partenaire.
      </p>
      <form action={formAction} className="space-y-2" noValidate>
        <FormStatus state={state} />
        <SubmitButton variant="secondary" pendingLabel="Envoi…">Renvoyer le lien</SubmitButton>
      </form>
    </section>
  );
}
