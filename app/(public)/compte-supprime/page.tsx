import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Compte supprimé" };

export default function AccountDeletedPage() {
  return (
    <div className="max-w-prose space-y-4">
      <PageHeader title="Votre compte a été supprimé" />
      <p role="status">
        Vos données personnelles ont été effacées et vous avez été déconnecté. Merci d&apos;avoir participé à la vie du quartier.
      </p>
      <p>
        <Link href={routes.home} className="underline">Retour à l&apos;accueil</Link>
      </p>
    </div>
  );
}
