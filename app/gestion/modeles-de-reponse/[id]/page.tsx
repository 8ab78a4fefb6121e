import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { getTemplateForStaff } from "@/lib/report-catalog/queries";
import { REPORT_STATUS_LABELS } from "@/lib/reports/status";
import { ConfirmDeleteForm } from "../../_components/catalog-forms";
import { GestionNav } from "../../_components/gestion-nav";
import { deleteResponseTemplateAction } from "../actions";
import { TemplateForm } from "../_components/template-form";

export const metadata: Metadata = { title: "Gestion — modifier un modèle de réponse" };

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("reports:manage-templates", `/gestion/modeles-de-reponse/${encodeURIComponent(id)}`);
  if (!actor) return <AccessDenied signedIn />;
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound();
  const template = await getTemplateForStaff(id);
  if (!template) notFound();

  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={`Modifier le modèle « ${template.title} »`} intro={`Rangé sous le statut « ${REPORT_STATUS_LABELS[template.status]} ».`} />
      <GestionNav current="/gestion/modeles-de-reponse" />
      <p>
        <Link href="/gestion/modeles-de-reponse" className="underline">
          ← Retour aux modèles de réponse
        </Link>
      </p>
      <section aria-labelledby="titre-modifier" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
        <h2 id="titre-modifier" className="text-xl font-semibold">
          Statut, titre et texte
        </h2>
        <TemplateForm template={template} />
      </section>
      <section aria-labelledby="titre-supprimer" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
        <h2 id="titre-supprimer" className="text-xl font-semibold">
          Supprimer le modèle
        </h2>
        <p>Les commentaires déjà écrits à partir de ce modèle gardent leur texte. La suppression est définitive ; pour le garder sans le proposer, décochez plutôt « Proposé à l&apos;équipe ».</p>
        <ConfirmDeleteForm
          action={deleteResponseTemplateAction}
          fields={{ templateId: template.id, version: String(template.version) }}
          idPrefix="suppression"
          confirmLabel={`Oui, supprimer définitivement le modèle « ${template.title} »`}
          buttonLabel="Supprimer le modèle"
        />
      </section>
    </div>
  );
}
