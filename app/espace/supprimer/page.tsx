import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Supprimer mon compte" };

export default async function DeleteAccountPage() {
  const actor = await pageActor("account:manage-own", routes.mine.deleteAccount);
  if (!actor) return <AccessDenied signedIn />;
  return (
    <div className="max-w-prose space-y-6">
      <PageHeader title="Supprimer mon compte" />
      <p>Cette action est définitive. Seront effacés :</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>votre nom, votre adresse e-mail, votre téléphone et votre entrée ;</li>
        <li>vos signalements privés, avec leurs photos et leur emplacement ;</li>
        <li>
          dans vos signalements publics, votre texte d&apos;origine, l&apos;adresse que vous aviez précisée et les photos non
          publiées : seul reste le texte public relu par la Régie, sans votre nom ;
        </li>
        <li>votre nom sur les commentaires que vous avez écrits, vos « moi aussi », vos notifications et les e-mails qui vous étaient destinés ;</li>
        <li>vos rôles et vos sessions : vous serez déconnecté(e).</li>
      </ul>
      <p>Le journal des actions de l&apos;association garde la trace de ce qui a été fait, sans votre nom.</p>
      <p>
        Avant cela, vous pouvez <a href={routes.mine.export} className="underline">télécharger vos données</a>.
      </p>
      <DeleteAccountForm />
      <p>
        <Link href={routes.mine.home} className="underline">Annuler et revenir à mon espace</Link>
      </p>
    </div>
  );
}
