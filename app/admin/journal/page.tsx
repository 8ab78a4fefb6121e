import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { SelectField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { PaginatedTable, type Column } from "@/components/ui/data-table";
import { pageActor } from "@/lib/auth/guard";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/lib/audit/queries";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatTimestamp } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { enumOptions } from "@/lib/format/options";

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

type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>["rows"][number];

const AUDIT_COLUMNS: Column<AuditRow>[] = [
  {
    header: "Date",
    rowHeader: true,
    className: "whitespace-nowrap font-normal",
    cell: (row) => <time dateTime={row.createdAt.toISOString()}>{formatTimestamp(row.createdAt)}</time>,
  },
  { header: "Auteur", cell: (row) => row.actor?.name ?? "Système" },
  {
    header: "Action",
    className: "font-medium",
    cell: (row) => (
      <>
        {ACTION_LABELS[row.action] ?? row.action}
        <span className="block font-mono text-xs font-normal text-slate-700">{row.action}</span>
      </>
    ),
  },
  {
    header: "Élément",
    cell: (row) => (
      <>
        {ENTITY_TYPE_LABELS[row.entityType] ?? row.entityType}
        <span className="block font-mono text-xs break-all text-slate-700">
          {row.entityType === "User" ? (
            <Link href={routes.admin.person(row.entityId)} className="underline">
              {row.entityId}
            </Link>
          ) : (
            row.entityId
          )}
        </span>
      </>
    ),
  },
  { header: "Détails", className: "min-w-64", cell: (row) => <AuditChange before={compactJson(row.before)} after={compactJson(row.after)} /> },
];

function AuditChange({ before, after }: { before: string | null; after: string | null }) {
  if (!before && !after) return <span className="text-slate-700">—</span>;
  return (
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
  );
}

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await pageActor("audit:view", routes.admin.auditLog);
  if (!actor) return <AccessDenied signedIn />;

  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const { entityType, page } = journalSearchSchema.parse({ entityType: first(raw.entityType) || undefined, page: first(raw.page) });
  const { total, rows } = await listAuditEntries({ page, entityType });

  const entityOptions = enumOptions(ENTITY_TYPE_LABELS);
  if (entityType && !ENTITY_TYPE_LABELS[entityType]) entityOptions.push({ value: entityType, label: entityType });

  return (
    <>
      <Breadcrumbs items={[{ href: routes.admin.home, label: "Administration" }, { label: "Journal d'audit" }]} />
      <PageHeader
        title="Journal d'audit"
        intro="Chaque modification faite par l'équipe, les partenaires, les administrateurs ou les personnes elles-mêmes, de la plus récente à la plus ancienne."
      />

      <FilterForm action={routes.admin.auditLog} label="Filtrer le journal" columns="sm:grid-cols-[1fr_auto]" filtered={!!entityType}>
        <SelectField name="entityType" label="Type d'élément" options={entityOptions} emptyLabel="Tous les types" defaultValue={entityType ?? ""} />
      </FilterForm>

      <PaginatedTable
        caption={`Journal d'audit${entityType ? ` filtré sur le type ${ENTITY_TYPE_LABELS[entityType] ?? entityType}` : ""}`}
        count={plural(total, "entrée", "entrées")}
        none="Aucune entrée dans le journal pour ce filtre."
        showAll="Voir tout le journal"
        filtered={!!entityType}
        columns={AUDIT_COLUMNS}
        rows={rows}
        // Only a person's entries link to their page: a page of other entries must scroll by keyboard.
        withoutLinks={!rows.some((row) => row.entityType === "User")}
        pagination={{ page, total, pageSize: AUDIT_PAGE_SIZE, basePath: routes.admin.auditLog, params: { entityType } }}
      />
    </>
  );
}
