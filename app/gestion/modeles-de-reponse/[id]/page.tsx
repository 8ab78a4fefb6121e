import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { getTemplateForStaff } from "@/lib/report-catalog/queries";
import { REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { ConfirmedActionForm } from "@/components/ui/action-forms";
import { CatalogItemPage, CatalogPanel, loadCatalogItem } from "../../_components/catalog-pages";
import { deleteResponseTemplateAction } from "../actions";
import { TemplateForm } from "../_components/template-form";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Gestion — modifier un modèle de réponse" };

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const template = await loadCatalogItem(routes.staff.templates, "reports:manage-templates", params, getTemplateForStaff);
  if (!template) return <AccessDenied signedIn />;

  return (
    <CatalogItemPage
      title={`Modifier le modèle « ${template.title} »`}
      intro={`Rangé sous le statut « ${REPORT_STATUS_LABELS[template.status]} ».`}
      section={routes.staff.templates}
      back="Retour aux modèles de réponse"
    >
      <CatalogPanel id="titre-modifier" title="Statut, titre et texte">
        <TemplateForm template={template} />
      </CatalogPanel>
      <CatalogPanel id="titre-supprimer" title="Supprimer le modèle">
        <p>
          Les commentaires déjà écrits à partir de ce modèle gardent leur texte. La suppression est définitive ; pour le garder sans le proposer, décochez
          plutôt « Proposé à l&apos;équipe ».
        </p>
        <ConfirmedActionForm
          id="suppression"
          action={deleteResponseTemplateAction}
          fields={{ templateId: template.id, version: String(template.version) }}
          confirm={`Oui, supprimer définitivement le modèle « ${template.title} »`}
          buttonLabel="Supprimer le modèle"
          variant="danger"
          pendingLabel="Suppression…"
        />
      </CatalogPanel>
    </CatalogItemPage>
  );
}
