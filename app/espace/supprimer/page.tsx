import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { DeleteAccountForm } from "./_components/delete-account-form";

export const metadata: Metadata = { title: "Supprimer mon compte" };

export default async function DeleteAccountPage() {
  const actor = await pageActor("account:manage-own", "/espace/supprimer");
  if (!actor) return <AccessDenied signedIn />;
  return (
    <div className="max-w-prose space-y-6">
      <PageHeader title="Supprimer mon compte" />
      <p>
        Votre nom, votre adresse e-mail, votre téléphone et votre entrée seront effacés, vos rôles retirés et vous serez
        déconnecté. Ce qui doit rester dans les archives de l&apos;association (historique des actions) restera, mais de
        façon anonyme. Cette action est définitive.
      </p>
      <p>
        Avant cela, vous pouvez <a href="/espace/export" className="underline">télécharger vos données</a>.
      </p>
      <DeleteAccountForm />
      <p>
        <Link href="/espace" className="underline">Annuler et revenir à mon espace</Link>
      </p>
    </div>
  );
}
