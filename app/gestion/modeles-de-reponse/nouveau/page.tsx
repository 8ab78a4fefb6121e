import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { REPORT_STATUSES } from "@/lib/reports/model";
import { GestionNav } from "../../_components/gestion-nav";
import { TemplateForm } from "../_components/template-form";

export const metadata: Metadata = { title: "Gestion — nouveau modèle de réponse" };

/** `?statut=RESOLVED` (from a status's section of the list) preselects that status. */
export default async function NewTemplatePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("reports:manage-templates", "/gestion/modeles-de-reponse/nouveau");
  if (!actor) return <AccessDenied signedIn />;
  const { statut } = await searchParams;
  const defaultStatus = REPORT_STATUSES.find((status) => status === statut);
  return (
    <div className="max-w-2xl">
      <PageHeader title="Nouveau modèle de réponse" intro="Il se place en dernier parmi les modèles de son statut ; vous pourrez ensuite le monter." />
      <GestionNav current="/gestion/modeles-de-reponse" />
      <p className="mb-4">
        <Link href="/gestion/modeles-de-reponse" className="underline">
          ← Retour aux modèles de réponse
        </Link>
      </p>
      <section aria-label="Formulaire du nouveau modèle" className="rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
        <TemplateForm defaultStatus={defaultStatus} />
      </section>
    </div>
  );
}
