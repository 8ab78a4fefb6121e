import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { listEntranceOptions } from "@/lib/territory/queries";
import { SignUpForm } from "./_components/sign-up-form";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Créer un compte" };
export const revalidate = 3600;

export default async function SignUpPage() {
  const entrances = await listEntranceOptions();
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader title="Créer un compte d'habitant" intro="Pour suivre la vie du quartier et vos demandes auprès de la Régie." />
      <SignUpForm entrances={entrances} />
      <p>
        Déjà inscrit ? <Link href={routes.auth.signIn()} className="underline">Se connecter</Link>
      </p>
    </div>
  );
}
