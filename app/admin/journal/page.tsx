import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { pageActor } from "@/lib/auth/guard";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/lib/audit/queries";
import { Breadcrumbs } from "@/app/admin/_components/breadcrumbs";
import { formatTimestamp } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { buttonClass, tableClass, tableWrapperClass } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Journal d'audit" };

/** The kinds of records the audit log speaks of, as the model names them. */
const ENTITY_TYPE_LABELS: Record<string, string> = {
  User: "Personne",
  Partner: "Partenaire",
  Area: "Secteur",
  Site: "Site",
  Building: "Bâtiment",
  Entrance: "Entrée",
  ReportCategory: "Catégorie de signalement",
  ResponseTemplate: "Modèle de réponse",
};

const ACTION_LABELS: Record<string, string> = {
  "role.grant": "Attribution d'un rôle",
  "role.revoke": "Retrait d'un rôle",
  "user.sign-up": "Création de compte",
  "user.enable": "Réactivation du compte",
  "user.disable": "Désactivation du compte",
  "user.profile-update": "Modification du profil",
  "user.password-change": "Changement de mot de passe",
  "user.password-reset": "Réinitialisation du mot de passe",
  "user.sign-out-everywhere": "Déconnexion de tous les appareils",
  "user.delete": "Suppression du compte",
  "report-category.create": "Création d'une catégorie",
  "report-category.update": "Modification d'une catégorie",
  "report-category.activate": "Réactivation d'une catégorie",
  "report-category.deactivate": "Désactivation d'une catégorie",
  "report-category.move": "Déplacement d'une catégorie",
  "report-category.delete": "Suppression d'une catégorie",
  "response-template.create": "Création d'un modèle de réponse",
  "response-template.update": "Modification d'un modèle de réponse",
  "response-template.activate": "Réactivation d'un modèle de réponse",
  "response-template.deactivate": "Désactivation d'un modèle de réponse",
  "response-template.move": "Déplacement d'un modèle de réponse",
  "response-template.delete": "Suppression d'un modèle de réponse",
};

const journalSearchSchema = z.object({
  entityType: z
    .string()
    .regex(/^[A-Za-z]{1,40}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Before/after as one line of JSON. */
function compactJson(value: unknown) {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await pageActor("audit:view", "/admin/journal");
  if (!actor) return <AccessDenied signedIn />;

  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const { entityType, page } = journalSearchSchema.parse({ entityType: first(raw.entityType) || undefined, page: first(raw.page) });
  const { total, rows } = await listAuditEntries({ page, entityType });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));

  const entityOptions = Object.entries(ENTITY_TYPE_LABELS).map(([value, label]) => ({ value, label }));
  if (entityType && !ENTITY_TYPE_LABELS[entityType]) entityOptions.push({ value: entityType, label: entityType });

  return (
    <>
      <Breadcrumbs items={[{ href: "/admin", label: "Administration" }, { label: "Journal d'audit" }]} />
      <PageHeader
        title="Journal d'audit"
        intro="Chaque modification faite par l'équipe, les partenaires, les administrateurs ou les personnes elles-mêmes, de la plus récente à la plus ancienne."
      />

      <Form
        action="/admin/journal"
        role="search"
        aria-label="Filtrer le journal"
        className="mb-6 grid gap-4 rounded-md border border-slate-300 bg-white p-4 sm:grid-cols-[1fr_auto] sm:items-end"
      >
        <SelectField name="entityType" label="Type d'élément" options={entityOptions} emptyLabel="Tous les types" defaultValue={entityType ?? ""} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClass("primary")}>
            Filtrer
          </button>
          {entityType ? (
            <Link href="/admin/journal" className={buttonClass("secondary")}>
              Tout afficher
            </Link>
          ) : null}
        </div>
      </Form>

      {total > 0 ? (
        <p className="mb-3 text-slate-700">
          {plural(total, "entrée", "entrées")}
          {pages > 1 ? ` — page ${Math.min(page, pages)} sur ${pages}` : ""}.
        </p>
      ) : null}

      {rows.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4">
          {total === 0 ? "Aucune entrée dans le journal pour ce filtre." : "Cette page est vide."}{" "}
          {entityType || total > 0 ? (
            <Link href="/admin/journal" className="underline">
              Voir tout le journal
            </Link>
          ) : null}
        </p>
      ) : (
        <div className={tableWrapperClass}>
          <table className={tableClass}>
            <caption className="sr-only">
              Journal d&apos;audit{entityType ? ` filtré sur le type ${ENTITY_TYPE_LABELS[entityType] ?? entityType}` : ""}, page {page} sur{" "}
              {pages}
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Auteur</th>
                <th scope="col">Action</th>
                <th scope="col">Élément</th>
                <th scope="col">Détails</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((row) => {
                const before = compactJson(row.before);
                const after = compactJson(row.after);
                return (
                  <tr key={row.id}>
                    <th scope="row" className="whitespace-nowrap font-normal">
                      <time dateTime={row.createdAt.toISOString()}>{formatTimestamp(row.createdAt)}</time>
                    </th>
                    <td>{row.actor?.name ?? "Système"}</td>
                    <td className="font-medium">
                      {ACTION_LABELS[row.action] ?? row.action}
                      <span className="block font-mono text-xs font-normal text-slate-700">{row.action}</span>
                    </td>
                    <td>
                      {ENTITY_TYPE_LABELS[row.entityType] ?? row.entityType}
                      <span className="block font-mono text-xs break-all text-slate-700">
                        {row.entityType === "User" ? (
                          <Link href={`/admin/personnes/${row.entityId}`} className="underline">
                            {row.entityId}
                          </Link>
                        ) : (
                          row.entityId
                        )}
                      </span>
                    </td>
                    <td className="min-w-64">
                      {before || after ? (
                        <dl className="space-y-1">
                          {before ? (
                            <div>
                              <dt className="text-xs font-semibold text-slate-700">Avant</dt>
                              <dd>
                                <code className="font-mono text-xs break-all">{before}</code>
                              </dd>
                            </div>
                          ) : null}
                          {after ? (
                            <div>
                              <dt className="text-xs font-semibold text-slate-700">Après</dt>
                              <dd>
                                <code className="font-mono text-xs break-all">{after}</code>
                              </dd>
                            </div>
                          ) : null}
                        </dl>
                      ) : (
                        <span className="text-slate-700">—</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <Pagination page={page} total={total} pageSize={AUDIT_PAGE_SIZE} basePath="/admin/journal" params={{ entityType }} />
    </>
  );
}
