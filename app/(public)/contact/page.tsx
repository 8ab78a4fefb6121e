import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Contact" };

export default function ContactPage() {
  return (
    <div className="space-y-4">
      <PageHeader title="Nous contacter" intro="L'équipe de la Régie vous accueille à la Maison de quartier." />
      <address className="not-italic">
        Régie de quartier de Bellerive
        <br />
        Maison de quartier, 3 rue de la Mairie
        <br />
        37000 Bellerive (adresse fictive de démonstration)
      </address>
      <p>Accueil du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h.</p>
      <p>
        Téléphone : <a className="underline" href="tel:+33200000000">02 00 00 00 00</a> · Courriel :{" "}
        <a className="underline" href="mailto:contact@regie-bellerive.example">contact@regie-bellerive.example</a>
      </p>
      <p>En cas de danger immédiat, appelez le 112 (urgences), le 18 (pompiers) ou le 17 (police).</p>
    </div>
  );
}
