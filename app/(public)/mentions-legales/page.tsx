import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Mentions légales" };

export default function LegalNoticePage() {
  return (
    <article className="max-w-prose space-y-4">
      <PageHeader title="Mentions légales" />
      <p>Éditeur : Régie de quartier de Bellerive, association loi 1901, Maison de quartier, 3 rue de la Mairie, 37000 Bellerive (données fictives de démonstration).</p>
      <p>Directrice de la publication : la présidente de l&apos;association.</p>
      <p>Hébergement : serveur de l&apos;association ou de son prestataire, situé dans l&apos;Union européenne.</p>
      <p>Les contenus publiés par les habitants restent sous leur responsabilité ; la Régie les modère avant publication.</p>
    </article>
  );
}
