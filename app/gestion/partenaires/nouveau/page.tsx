import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { listSubtypeOptions } from "@/lib/partners/queries/staff";
import { routes } from "@/lib/routes";
import { GestionNav } from "../../_components/gestion-nav";
import { PartnerForm } from "../_components/partner-form";

export const metadata: Metadata = { title: "Gestion — nouveau partenaire" };

export default async function NewPartnerPage() {
  const actor = await pageActor("partners:manage", routes.staff.newPartner);
  if (!actor) return <AccessDenied signedIn />;
  const subtypes = await listSubtypeOptions();
  return (
    <>
      <PageHeader title="Nouveau partenaire" />
      <GestionNav current={routes.staff.partners} />
      <p className="mb-4">
        <Link href={routes.staff.partners} className="underline">
          Retour aux partenaires
        </Link>
      </p>
      <section aria-labelledby="titre-partenaire" className="max-w-2xl rounded-md border border-slate-300 bg-white p-4">
        <h2 id="titre-partenaire" className="mb-4 text-lg font-semibold">
          Informations du partenaire
        </h2>
        <PartnerForm subtypes={subtypes} cancelHref={routes.staff.partners} />
      </section>
    </>
  );
}
