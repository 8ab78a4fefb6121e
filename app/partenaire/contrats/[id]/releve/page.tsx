import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { controlClass } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass, tableClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { formatMonth, formatShortDay } from "@/lib/format/dates";
import { formatEuros, formatNumber } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { SERVICE_UNIT_LABELS } from "@/lib/contracts/model";
import { getPartnerStatement } from "@/lib/work-orders/queries/partner";
import {
  STATEMENT_RULE,
  formatHours,
  formatPeriod,
  parisMonthOf,
  periodFromSearchParams,
  periodParam,
  shiftPeriod,
  statementTitle,
} from "@/lib/work-orders/statement";
import { BAD_PERIOD } from "./statement-request";
import { TableScroller } from "@/components/ui/table-scroller";

export const metadata: Metadata = { title: "Relevé — Espace partenaire" };

export default async function PartnerStatementPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const actor = await pageActor("partner-work:view", routes.partner.statement(id));
  if (!actor) return <AccessDenied signedIn />;
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound();
  const asked = periodFromSearchParams(await searchParams);
  // No period: the current month; a malformed one is said, with the current month shown.
  const badPeriod = asked === null;
  const statement = await getPartnerStatement(actor, id, asked?.key ?? parisMonthOf(new Date()));
  // Another partner's contract, or a draft: "not found", like one that does not exist.
  if (!statement) notFound();
  const { period } = statement;
  const yearly = periodParam(period) === "annee";
  const year = period.slice(0, 4);
  const shown = formatPeriod(period);

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
          <TableScroller label={`Montants par prestation, ${shown}`}>
            <table className={tableClass}>
              <caption className="sr-only">Montants par prestation, {shown}</caption>
              <thead>
                <tr>
                  <th scope="col">Prestation</th>
                  <th scope="col">Unité</th>
                  <th scope="col" className="text-right">Prix unitaire HT</th>
                  <th scope="col" className="text-right">Interventions validées</th>
                  <th scope="col" className="text-right">Heures</th>
                  <th scope="col" className="text-right">Montant HT</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {statement.lines.map((line) => (
                  <tr key={line.id}>
                    <th scope="row" className="font-medium">{line.task}</th>
                    <td>{SERVICE_UNIT_LABELS[line.unit]}</td>
                    <td className="text-right tabular-nums">{formatEuros(line.unitPriceCents)}</td>
                    <td className="text-right tabular-nums">{formatNumber(line.jobs)}</td>
                    <td className="text-right tabular-nums">{formatHours(line.minutes)}</td>
                    <td className="text-right tabular-nums">{formatEuros(line.amountCents)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="font-semibold">
                  <th scope="row">Total</th>
                  <td />
                  <td />
                  <td className="text-right tabular-nums">{formatNumber(statement.totals.jobs)}</td>
                  <td className="text-right tabular-nums">{formatHours(statement.totals.minutes)}</td>
                  <td className="text-right tabular-nums">{formatEuros(statement.totals.amountCents)}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroller>
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
          <TableScroller label={`Montants par mois, ${shown}`}>
            <table className={tableClass}>
              <caption className="sr-only">Montants par mois, {shown}</caption>
              <thead>
                <tr>
                  <th scope="col">Mois</th>
                  <th scope="col" className="text-right">Interventions validées</th>
                  <th scope="col" className="text-right">Heures</th>
                  <th scope="col" className="text-right">Montant HT</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {statement.months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">
                      <Link href={routes.partner.statement(statement.contract.id, m.month)} className="underline">
                        {formatMonth(m.month)}
                      </Link>
                    </th>
                    <td className="text-right tabular-nums">{formatNumber(m.jobs)}</td>
                    <td className="text-right tabular-nums">{formatHours(m.minutes)}</td>
                    <td className="text-right tabular-nums">{formatEuros(m.amountCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        )}
      </section>
      ) : (
      <section aria-labelledby="titre-interventions" className="space-y-3">
        <h2 id="titre-interventions" className="text-xl font-semibold">Interventions comptées</h2>
        {statement.jobs.length === 0 ? (
          <EmptyState>Aucune intervention terminée et validée en {shown}.</EmptyState>
        ) : (
          <TableScroller label={`Interventions comptées, ${shown}`}>
            <table className={tableClass}>
              <caption className="sr-only">Interventions comptées, {shown}</caption>
              <thead>
                <tr>
                  <th scope="col">N°</th>
                  <th scope="col">Prestation</th>
                  <th scope="col">Site</th>
                  <th scope="col">Terminée le</th>
                  <th scope="col" className="text-right">Heures</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {statement.jobs.map((job) => (
                  <tr key={job.id}>
                    <th scope="row">
                      <Link href={routes.partner.job(job.id)} className="underline">N° {job.number}</Link>
                    </th>
                    <td>{job.task}</td>
                    <td>{job.site ?? "—"}</td>
                    <td>{formatShortDay(job.doneAt)}</td>
                    <td className="text-right tabular-nums">{formatHours(job.minutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        )}
      </section>
      )}
    </div>
  );
}
