import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { PaginatedTable, type Column } from "@/components/ui/data-table";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatTimestamp } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { deviceName } from "@/lib/auth/device-name";
import { normalizeEmail } from "@/lib/auth/email";
import { pageActor } from "@/lib/auth/guard";
import { SECURITY_LOG_PAGE_SIZE, listSecurityEvents } from "@/lib/auth/security-log-queries";
import { SecurityEventKind } from "@/lib/generated/prisma/enums";
import { routes } from "@/lib/routes";
import { enumOptions } from "@/lib/format/options";

export const metadata: Metadata = { title: "Journal de sécurité" };

const KIND_LABELS: Record<SecurityEventKind, string> = {
  SIGN_IN: "Connexion",
  SIGN_IN_FAILED: "Échec de connexion",
  LOCKED_OUT: "Tentatives bloquées",
  SIGN_OUT: "Déconnexion",
  SESSION_REVOKED: "Appareil déconnecté",
  PASSWORD_CHANGED: "Mot de passe changé",
  PASSWORD_RESET_REQUESTED: "Réinitialisation demandée",
  PASSWORD_RESET: "Mot de passe réinitialisé",
  EMAIL_CHANGED: "Adresse e-mail changée",
  ACCOUNT_DELETED: "Compte supprimé",
};

// Unknown values are dropped rather than refused: a filter is a link anyone may have edited.
const securitySearchSchema = z.object({
  kind: z.enum(SecurityEventKind).optional().catch(undefined),
  email: z.string().max(254).transform(normalizeEmail).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});

type SecurityRow = Awaited<ReturnType<typeof listSecurityEvents>>["rows"][number];

const NONE = <span className="text-slate-700">—</span>;

const SECURITY_COLUMNS: Column<SecurityRow>[] = [
  {
    header: "Date",
    rowHeader: true,
    className: "whitespace-nowrap font-normal",
    cell: (row) => <time dateTime={row.createdAt.toISOString()}>{formatTimestamp(row.createdAt)}</time>,
  },
  { header: "Événement", className: "font-medium", cell: (row) => KIND_LABELS[row.kind] },
  {
    header: "Compte",
    cell: (row) =>
      row.user ? (
        <Link href={routes.admin.person(row.user.id)} className="underline">
          {row.user.name}
        </Link>
      ) : (
        NONE
      ),
  },
  { header: "Adresse saisie", className: "break-all", cell: (row) => row.email ?? NONE },
  { header: "Adresse IP", className: "font-mono text-sm", cell: (row) => row.clientAddress ?? "—" },
  { header: "Appareil", cell: (row) => (row.userAgent ? <span title={row.userAgent}>{deviceName(row.userAgent)}</span> : "—") },
];

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SecurityLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await pageActor("security-log:view", routes.admin.securityLog);
  if (!actor) return <AccessDenied signedIn />;

  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const { kind, email, page } = securitySearchSchema.parse({ kind: first(raw.kind), email: first(raw.email), page: first(raw.page) });
  const { total, rows } = await listSecurityEvents({ page, kind, email: email || undefined });
  const filtered = !!(kind || email);
  const kindOptions = enumOptions(KIND_LABELS);

  return (
    <>
      <Breadcrumbs items={[{ href: routes.admin.home, label: "Administration" }, { label: "Journal de sécurité" }]} />
      <PageHeader
        title="Journal de sécurité"
        intro="Connexions, échecs, blocages, déconnexions et changements de mot de passe, du plus récent au plus ancien."
      />

      <FilterForm action={routes.admin.securityLog} label="Filtrer le journal de sécurité" columns="sm:grid-cols-[1fr_1fr_auto]" filtered={filtered}>
        <SelectField name="kind" label="Événement" options={kindOptions} emptyLabel="Tous les événements" defaultValue={kind ?? ""} />
        <TextField name="email" type="email" label="Adresse e-mail" defaultValue={email ?? ""} autoComplete="off" />
      </FilterForm>

      <PaginatedTable
        caption={`Journal de sécurité${kind ? `, événements « ${KIND_LABELS[kind]} »` : ""}${email ? `, adresse ${email}` : ""}`}
        count={plural(total, "événement", "événements")}
        none="Aucun événement pour ce filtre."
        showAll="Voir tout le journal de sécurité"
        filtered={filtered}
        columns={SECURITY_COLUMNS}
        rows={rows}
        // Only an event with an account links to its person: a page of others must scroll by keyboard.
        withoutLinks={!rows.some((row) => row.user)}
        pagination={{ page, total, pageSize: SECURITY_LOG_PAGE_SIZE, basePath: routes.admin.securityLog, params: { kind, email } }}
      />
    </>
  );
}
