import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { ConfirmEmailForm } from "./_components/confirm-email-form";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Confirmer mon adresse e-mail", referrer: "same-origin" };

/**
 * The link mailed to confirm an address. Opening it shows a button rather than confirming at
 * once: mail scanners open links, and a GET must not use up a single-use token.
 */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[]; confirmee?: string }> }) {
  const { token, confirmee } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader title="Confirmer mon adresse e-mail" />
      {confirmee ? (
        <>
          <SuccessNotice>Votre adresse e-mail est confirmée.</SuccessNotice>
          <p>
            <Link href={routes.auth.signIn({ returnTo: routes.mine.home })} className="underline">Se connecter</Link>
          </p>
        </>
      ) : typeof token === "string" && token.length >= 20 ? (
        <ConfirmEmailForm token={token} />
      ) : (
        <p>
          Ce lien est incomplet. Connectez-vous pour en demander un nouveau depuis{" "}
          <Link href={routes.mine.home} className="underline">votre espace</Link>.
        </p>
      )}
    </div>
  );
}
