import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { controlClass } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { pageParam } from "@/lib/core/schemas";
import { buttonClass } from "@/components/ui/styles";
import { loadRecord } from "@/lib/auth/load-record";
import { routes } from "@/lib/routes";
import { getPartnerStatement } from "@/lib/work-orders/queries/partner";
import {
  STATEMENT_RULE,
  formatPeriod,
  parisMonthOf,
  periodFromSearchParams,
  periodParam,
  shiftPeriod,
  statementTitle,
} from "@/lib/work-orders/statement";
import { statementJobsTable, statementLinesTable, statementMonthsTable } from "@/lib/work-orders/statement-table";
import { StatementDataTable } from "./_components/statement-data-table";
import { BAD_PERIOD } from "./statement-request";

export const metadata: Metadata = { title: "Relevé — Espace partenaire" };

/**
 * Jobs counted, a page at a time on screen (`&page=2`): a month of a big contract is hundreds of
 * rows, and the amounts by line above already total them all. The CSV and the PDF list every one.
 */
const STATEMENT_JOBS_PAGE_SIZE = 20;

export default async function PartnerStatementPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const asked = periodFromSearchParams(query);
  // No period: the current month; a malformed one is said, with the current month shown.
  const badPeriod = asked === null;
  const periodKey = asked?.key ?? parisMonthOf(new Date());
  // Another partner's contract, or a draft: "not found", like one that does not exist.
  // A year's page lists no job (its months link to theirs): it asks for a page of none.
  const wanted = { page: pageParam().parse(query.page), pageSize: periodParam(periodKey) === "annee" ? 0 : STATEMENT_JOBS_PAGE_SIZE };
  const loaded = await loadRecord("partner-work:view", routes.partner.statement, params, (actor, id) => getPartnerStatement(actor, id, periodKey, wanted));
  if (!loaded) return <AccessDenied signedIn />;
  const statement = loaded.record;
  const { period } = statement;
  const yearly = periodParam(period) === "annee";
  const year = period.slice(0, 4);
  const shown = formatPeriod(period);
  const { page, jobCount } = statement;
  const pages = Math.max(1, Math.ceil(jobCount / STATEMENT_JOBS_PAGE_SIZE));

  return (
    <div className="space-y-6">
      <p>
        <Link href={routes.partner.contract(statement.contract.id)} className="underline">← Contrat {statement.contract.reference}</Link>
      </p>
      <PageHeader title={statementTitle(period)} intro={`Contrat ${statement.contract.reference} — ${statement.contract.object} · ${statement.partner}`} />
      {badPeriod ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900">
          {BAD_PERIOD} Voici le relevé du mois en cours.
        </p>
      ) : null}
      <FilterForm action={routes.partner.statement(statement.contract.id)} label="Choisir le mois du relevé" columns="sm:grid-cols-[1fr_auto]" filtered={false} submitLabel="Afficher">
        <div className="space-y-1">
          <label htmlFor="mois" className="block text-sm font-medium text-slate-900">Mois</label>
          <input id="mois" type="month" name="mois" defaultValue={yearly ? `${year}-01` : period} required className={controlClass} />
        </div>
      </FilterForm>
      <nav aria-label={yearly ? "Années voisines" : "Mois voisins"} className="flex flex-wrap gap-4">
        <Link href={routes.partner.statement(statement.contract.id, shiftPeriod(period, -1))} className="underline">
          ← {formatPeriod(shiftPeriod(period, -1))}
        </Link>
        <Link href={routes.partner.statement(statement.contract.id, shiftPeriod(period, 1))} className="underline">
          {formatPeriod(shiftPeriod(period, 1))} →
        </Link>
        {yearly ? null : (
          <Link href={routes.partner.statement(statement.contract.id, year)} className="underline">
            Relevé de l&apos;année {year}
          </Link>
        )}
      </nav>
      <p className="max-w-prose text-slate-700">{STATEMENT_RULE}</p>

      <section aria-labelledby="titre-montants" className="space-y-3">
        <h2 id="titre-montants" className="text-xl font-semibold">Montants par prestation</h2>
        {statement.lines.length === 0 ? (
          <EmptyState>Aucune prestation sur ce contrat.</EmptyState>
        ) : (
          <StatementDataTable caption={`Montants par prestation, ${shown}`} table={statementLinesTable(statement)} rowHeaderClassName="font-medium" />
        )}
        <p className="flex flex-wrap gap-3">
          <a href={routes.partner.statementCsv(statement.contract.id, period)} className={buttonClass("secondary")} download>
            Télécharger le relevé (CSV)
          </a>
          <a href={routes.partner.statementPdf(statement.contract.id, period)} className={buttonClass("secondary")} download>
            Télécharger le relevé (PDF)
          </a>
        </p>
      </section>

      {yearly ? (
      <section aria-labelledby="titre-mois" className="space-y-3">
        <h2 id="titre-mois" className="text-xl font-semibold">Par mois</h2>
        <p className="max-w-prose text-slate-700">Le détail des interventions comptées est dans les fichiers du relevé et dans le relevé de chaque mois.</p>
        {statement.months.length === 0 ? (
          <EmptyState>Aucune intervention terminée et validée en {shown}.</EmptyState>
        ) : (
          <StatementDataTable
            caption={`Montants par mois, ${shown}`}
            table={statementMonthsTable(statement.months)}
            href={(m) => routes.partner.statement(statement.contract.id, m.month)}
          />
        )}
      </section>
      ) : (
      <section aria-labelledby="titre-interventions" className="space-y-3">
        <h2 id="titre-interventions" className="text-xl font-semibold">Interventions comptées</h2>
        {jobCount === 0 ? (
          <EmptyState>Aucune intervention terminée et validée en {shown}.</EmptyState>
        ) : (
          <>
            {pages > 1 ? (
              <p className="text-slate-700">
                {jobCount} interventions, {STATEMENT_JOBS_PAGE_SIZE} par page ; les fichiers du relevé les listent toutes.
              </p>
            ) : null}
            <StatementDataTable
              caption={pages > 1 ? `Interventions comptées, ${shown}, page ${page} sur ${pages}` : `Interventions comptées, ${shown}`}
              table={statementJobsTable(statement.jobs)}
              href={(job) => routes.partner.job(job.id)}
              linkPrefix="N° "
            />
            <Pagination page={page} total={jobCount} pageSize={STATEMENT_JOBS_PAGE_SIZE} basePath={routes.partner.statement(statement.contract.id)} params={{ mois: period }} />
          </>
        )}
      </section>
      )}
    </div>
  );
}
