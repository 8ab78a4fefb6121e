import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ResetPasswordForm } from "./_components/reset-password-form";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Nouveau mot de passe", referrer: "same-origin" };

export default async function NewPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader title="Choisir un nouveau mot de passe" />
      {typeof token === "string" && token.length >= 20 ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p>
          Ce lien est incomplet. <Link href={routes.auth.forgotPassword} className="underline">Demandez un nouveau lien</Link>.
        </p>
      )}
    </div>
  );
}
