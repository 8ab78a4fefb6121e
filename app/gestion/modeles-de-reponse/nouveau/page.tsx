import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { pageActor } from "@/lib/auth/guard";
import { REPORT_STATUSES } from "@/lib/reports/model";
import { CatalogItemPage, CatalogPanel } from "../../_components/catalog-pages";
import { TemplateForm } from "../_components/template-form";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Gestion — nouveau modèle de réponse" };

/** `?statut=RESOLVED` (from a status's section of the list) preselects that status. */
export default async function NewTemplatePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("reports:manage-templates", routes.staff.newTemplate);
  if (!actor) return <AccessDenied signedIn />;
  const { statut } = await searchParams;
  const defaultStatus = REPORT_STATUSES.find((status) => status === statut);
  return (
    <CatalogItemPage
      title="Nouveau modèle de réponse"
      intro="Il se place en dernier parmi les modèles de son statut ; vous pourrez ensuite le monter."
      section={routes.staff.templates}
      back="Retour aux modèles de réponse"
    >
      <CatalogPanel label="Formulaire du nouveau modèle">
        <TemplateForm defaultStatus={defaultStatus} />
      </CatalogPanel>
    </CatalogItemPage>
  );
}
