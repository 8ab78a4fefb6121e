import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { SignInForm } from "./_components/sign-in-form";
import { SuccessNotice } from "@/components/ui/success-notice";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Se connecter" };

const NOTICES: Record<string, string> = {
  reinitialise: "Votre mot de passe a été changé. Connectez-vous avec le nouveau.",
  deconnecte: "Vous avez été déconnecté de tous vos appareils.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl.slice(0, 500) : undefined;
  const notice = Object.keys(NOTICES).find((key) => key in params);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader title="Se connecter" />
      {notice ? (
        <SuccessNotice>
          {NOTICES[notice]}
        </SuccessNotice>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p>
        Pas encore de compte ? <Link href={routes.auth.signUp} className="underline">Créer un compte d&apos;habitant</Link>
      </p>
    </div>
  );
}
