import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { SelectField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass, tableClass, tableWrapperClass } from "@/components/ui/styles";
import { Breadcrumbs } from "@/app/admin/_components/breadcrumbs";
import { formatTimestamp } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { deviceName } from "@/lib/auth/device-name";
import { normalizeEmail } from "@/lib/auth/email";
import { pageActor } from "@/lib/auth/guard";
import { SECURITY_LOG_PAGE_SIZE, listSecurityEvents } from "@/lib/auth/security-log-queries";
import { SecurityEventKind } from "@/lib/generated/prisma/enums";

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

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SecurityLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await pageActor("security-log:view", "/admin/securite");
  if (!actor) return <AccessDenied signedIn />;

  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const { kind, email, page } = securitySearchSchema.parse({ kind: first(raw.kind), email: first(raw.email), page: first(raw.page) });
  const { total, rows } = await listSecurityEvents({ page, kind, email: email || undefined });
  const pages = Math.max(1, Math.ceil(total / SECURITY_LOG_PAGE_SIZE));
  const filtered = !!(kind || email);
  const kindOptions = Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }));

  return (
    <>
      <Breadcrumbs items={[{ href: "/admin", label: "Administration" }, { label: "Journal de sécurité" }]} />
      <PageHeader
        title="Journal de sécurité"
        intro="Connexions, échecs, blocages, déconnexions et changements de mot de passe, du plus récent au plus ancien."
      />

      <Form
        action="/admin/securite"
        role="search"
        aria-label="Filtrer le journal de sécurité"
        className="mb-6 grid gap-4 rounded-md border border-slate-300 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      >
        <SelectField name="kind" label="Événement" options={kindOptions} emptyLabel="Tous les événements" defaultValue={kind ?? ""} />
        <TextField name="email" type="email" label="Adresse e-mail" defaultValue={email ?? ""} autoComplete="off" />
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClass("primary")}>
            Filtrer
          </button>
          {filtered ? (
            <Link href="/admin/securite" className={buttonClass("secondary")}>
              Tout afficher
            </Link>
          ) : null}
        </div>
      </Form>

      {total > 0 ? (
        <p className="mb-3 text-slate-700">
          {plural(total, "événement", "événements")}
          {pages > 1 ? ` — page ${Math.min(page, pages)} sur ${pages}` : ""}.
        </p>
      ) : null}

      {rows.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-4">
          {total === 0 ? "Aucun événement pour ce filtre." : "Cette page est vide."}{" "}
          {filtered || total > 0 ? (
            <Link href="/admin/securite" className="underline">
              Voir tout le journal de sécurité
            </Link>
          ) : null}
        </p>
      ) : (
        <div className={tableWrapperClass}>
          <table className={tableClass}>
            <caption className="sr-only">
              Journal de sécurité{kind ? `, événements « ${KIND_LABELS[kind]} »` : ""}
              {email ? `, adresse ${email}` : ""}, page {page} sur {pages}
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Événement</th>
                <th scope="col">Compte</th>
                <th scope="col">Adresse saisie</th>
                <th scope="col">Adresse IP</th>
                <th scope="col">Appareil</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="whitespace-nowrap font-normal">
                    <time dateTime={row.createdAt.toISOString()}>{formatTimestamp(row.createdAt)}</time>
                  </th>
                  <td className="font-medium">{KIND_LABELS[row.kind]}</td>
                  <td>
                    {row.user ? (
                      <Link href={`/admin/personnes/${row.user.id}`} className="underline">
                        {row.user.name}
                      </Link>
                    ) : (
                      <span className="text-slate-700">—</span>
                    )}
                  </td>
                  <td className="break-all">{row.email ?? <span className="text-slate-700">—</span>}</td>
                  <td className="font-mono text-sm">{row.clientAddress ?? "—"}</td>
                  <td title={row.userAgent ?? undefined}>{row.userAgent ? deviceName(row.userAgent) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Pagination page={page} total={total} pageSize={SECURITY_LOG_PAGE_SIZE} basePath="/admin/securite" params={{ kind, email }} />
    </>
  );
}
