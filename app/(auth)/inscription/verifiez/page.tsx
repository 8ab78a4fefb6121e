import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Vérifiez votre messagerie" };

/** After sign-up, whatever happened: the mail says whether an account was created or already existed. */
export default function CheckYourMailboxPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader title="Vérifiez votre messagerie" />
      <p role="status">
        Un e-mail vient d&apos;être envoyé à l&apos;adresse indiquée. Ouvrez le lien qu&apos;il contient pour confirmer
        votre adresse (il est valable 48 heures).
      </p>
      <p>
        Vous ne le trouvez pas ? Regardez dans les courriers indésirables. Si cette adresse avait déjà un compte, l&apos;e-mail
        vous l&apos;indique : <Link href={routes.auth.signIn()} className="underline">connectez-vous</Link> ou{" "}
        <Link href={routes.auth.forgotPassword} className="underline">réinitialisez votre mot de passe</Link>.
      </p>
    </div>
  );
}
