import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { pageActor } from "@/lib/auth/guard";
import { listTemplatesForStaff, type StaffTemplate } from "@/lib/report-catalog/queries";
import { REPORT_STATUSES, REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { CatalogListPage, CatalogTable, offeredColumn } from "../_components/catalog-pages";
import { moveResponseTemplateAction, setResponseTemplateActiveAction } from "./actions";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Gestion — modèles de réponse" };

const NOTICES: Record<string, (template: StaffTemplate | undefined) => string> = {
  cree: (t) =>
    t
      ? `Le modèle « ${t.title} » est créé${t.active ? " : il est proposé à l'équipe sur les signalements." : ", mais pas encore proposé à l'équipe."}`
      : "Le modèle est créé.",
  modifie: (t) => (t ? `Le modèle « ${t.title} » est enregistré.` : "Le modèle est enregistré."),
  inchange: () => "Aucune modification à enregistrer.",
  active: (t) => (t ? `Le modèle « ${t.title} » est de nouveau proposé à l'équipe.` : "Le modèle est de nouveau proposé à l'équipe."),
  desactive: (t) => `${t ? `Le modèle « ${t.title} »` : "Le modèle"} n'est plus proposé à l'équipe.`,
  deplace: (t) => (t ? `Le modèle « ${t.title} » a changé de place.` : "L'ordre est enregistré."),
  supprime: () => "Le modèle est supprimé.",
};

/** The ready-made answers offered when staff comment a report, grouped by status. */
export default async function ResponseTemplatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("reports:manage-templates", routes.staff.templates);
  if (!actor) return <AccessDenied signedIn />;
  const [templates, query] = await Promise.all([listTemplatesForStaff(), searchParams]);
  const groups = REPORT_STATUSES.map((status) => ({ status, templates: templates.filter((t) => t.status === status) })).filter((g) => g.templates.length > 0);

  return (
    <CatalogListPage
      title="Modèles de réponse"
      intro="Les réponses toutes prêtes proposées quand l'équipe commente un signalement, rangées par statut et dans l'ordre où elles sont proposées. Le texte reste modifiable avant l'envoi."
      section={routes.staff.templates}
      newItem={{ href: routes.staff.newTemplate, label: "Nouveau modèle" }}
      empty="Aucun modèle de réponse pour l'instant. Créez-en un pour les réponses que l'équipe écrit souvent (prise en compte, intervention terminée, hors périmètre…)."
      items={templates}
      notices={NOTICES}
      query={query}
    >
      <div className="space-y-8">
        {groups.map(({ status, templates: group }) => (
          <section key={status} aria-labelledby={`statut-${status}`}>
            <h2 id={`statut-${status}`} className="mb-2 text-xl font-semibold">
              {REPORT_STATUS_LABELS[status]}{" "}
              <span className="text-base font-normal text-slate-700">
                ({plural(group.length, "modèle", "modèles")})
              </span>
            </h2>
            <CatalogTable
              caption={`Modèles de réponse pour le statut ${REPORT_STATUS_LABELS[status]}, dans l'ordre proposé`}
              items={group}
              idField="templateId"
              nameHeader="Titre"
              nameOf={(t) => t.title}
              columns={[{ header: "Texte", className: "min-w-48 whitespace-pre-line", cell: (t) => t.body }, offeredColumn("Proposé", "Non, désactivé")]}
              editHref={(t) => routes.staff.template(t.id)}
              moveAction={moveResponseTemplateAction}
              setActiveAction={setResponseTemplateActiveAction}
            />
            <p className="mt-2">
              <Link href={routes.staff.newTemplateFor(status)} className="text-brand-800 underline underline-offset-2">
                Ajouter un modèle « {REPORT_STATUS_LABELS[status]} »
              </Link>
            </p>
          </section>
        ))}
      </div>
    </CatalogListPage>
  );
}
