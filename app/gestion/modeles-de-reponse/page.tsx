import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass, tableClass, tableWrapperClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { listTemplatesForStaff, type StaffTemplate } from "@/lib/report-catalog/queries";
import { REPORT_STATUSES, REPORT_STATUS_LABELS } from "@/lib/reports/status";
import { GestionNav } from "../_components/gestion-nav";
import { RowActionForm } from "../_components/catalog-forms";
import { moveResponseTemplateAction, setResponseTemplateActiveAction } from "./actions";
import { SuccessNotice } from "@/components/ui/success-notice";

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
  const actor = await pageActor("reports:manage-templates", "/gestion/modeles-de-reponse");
  if (!actor) return <AccessDenied signedIn />;
  const [templates, query] = await Promise.all([listTemplatesForStaff(), searchParams]);
  const noticeOf = typeof query.fait === "string" ? NOTICES[query.fait] : undefined;
  const notice = noticeOf?.(templates.find((t) => t.id === query.id));
  const groups = REPORT_STATUSES.map((status) => ({ status, templates: templates.filter((t) => t.status === status) })).filter((g) => g.templates.length > 0);

  return (
    <>
      <PageHeader
        title="Modèles de réponse"
        intro="Les réponses toutes prêtes proposées quand l'équipe commente un signalement, rangées par statut et dans l'ordre où elles sont proposées. Le texte reste modifiable avant l'envoi."
      />
      <GestionNav current="/gestion/modeles-de-reponse" />
      {notice ? (
        <SuccessNotice className="mb-4">
          {notice}
        </SuccessNotice>
      ) : null}
      <p className="mb-6">
        <Link href="/gestion/modeles-de-reponse/nouveau" className={buttonClass("primary")}>
          Nouveau modèle
        </Link>
      </p>

      {groups.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4">
          Aucun modèle de réponse pour l&apos;instant. Créez-en un pour les réponses que l&apos;équipe écrit souvent (prise en compte, intervention
          terminée, hors périmètre…).
        </p>
      ) : (
        <div className="space-y-8">
          {groups.map(({ status, templates: group }) => (
            <section key={status} aria-labelledby={`statut-${status}`}>
              <h2 id={`statut-${status}`} className="mb-2 text-xl font-semibold">
                {REPORT_STATUS_LABELS[status]}{" "}
                <span className="text-base font-normal text-slate-700">
                  ({group.length} {group.length > 1 ? "modèles" : "modèle"})
                </span>
              </h2>
              <div className={tableWrapperClass}>
                <table className={tableClass}>
                  <caption className="sr-only">Modèles de réponse pour le statut {REPORT_STATUS_LABELS[status]}, dans l&apos;ordre proposé</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="text-right">Ordre</th>
                      <th scope="col">Titre</th>
                      <th scope="col">Texte</th>
                      <th scope="col">Proposé</th>
                      <th scope="col">Actions</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200">
                    {group.map((t, index) => (
                      <tr key={t.id} className={t.active ? undefined : "bg-slate-50"}>
                        <td>
                          <div className="flex flex-col items-end gap-1">
                            <span className="tabular-nums">{index + 1}</span>
                            {index > 0 ? (
                              <RowActionForm action={moveResponseTemplateAction} fields={{ templateId: t.id, direction: "up", position: String(index) }}>
                                <span aria-hidden="true">↑</span> Monter<span className="sr-only"> « {t.title} »</span>
                              </RowActionForm>
                            ) : null}
                            {index < group.length - 1 ? (
                              <RowActionForm action={moveResponseTemplateAction} fields={{ templateId: t.id, direction: "down", position: String(index) }}>
                                <span aria-hidden="true">↓</span> Descendre<span className="sr-only"> « {t.title} »</span>
                              </RowActionForm>
                            ) : null}
                          </div>
                        </td>
                        <th scope="row" className="min-w-36 font-medium">{t.title}</th>
                        <td className="min-w-48 whitespace-pre-line">{t.body}</td>
                        <td className="whitespace-nowrap">{t.active ? "Oui" : <span className="font-semibold text-slate-900">Non, désactivé</span>}</td>
                        <td>
                          <div className="flex flex-col items-start gap-1">
                            <Link
                              href={`/gestion/modeles-de-reponse/${t.id}`}
                              className="inline-flex items-center rounded-md border border-slate-400 bg-white px-2 py-1 text-sm font-semibold text-brand-800 underline underline-offset-2 hover:bg-slate-50"
                            >
                              Modifier<span className="sr-only"> « {t.title} »</span>
                            </Link>
                            <RowActionForm action={setResponseTemplateActiveAction} fields={{ templateId: t.id, version: String(t.version), active: t.active ? "false" : "true" }}>
                              {t.active ? "Désactiver" : "Réactiver"}
                              <span className="sr-only"> « {t.title} »</span>
                            </RowActionForm>
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="mt-2">
                <Link href={`/gestion/modeles-de-reponse/nouveau?statut=${status}`} className="text-brand-800 underline underline-offset-2">
                  Ajouter un modèle « {REPORT_STATUS_LABELS[status]} »
                </Link>
              </p>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
