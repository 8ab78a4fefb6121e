import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { RequestResetForm } from "./_components/request-reset-form";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader title="Mot de passe oublié" intro="Indiquez votre adresse : nous vous enverrons un lien pour choisir un nouveau mot de passe." />
      <RequestResetForm />
    </div>
  );
}
