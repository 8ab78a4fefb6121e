import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { BarChart } from "@/components/ui/bar-chart";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { pageActor } from "@/lib/auth/guard";
import { formatEuros, formatNumber } from "@/lib/format/numbers";
import { COLLEGE_LABELS, membershipYear } from "@/lib/membership/model";
import { membershipFigures } from "@/lib/membership/queries/figures";
import { routes } from "@/lib/routes";
import { SectionFrame } from "../../_components/section-frame";
import { MembershipLinks } from "../_components/membership-links";

export const metadata: Metadata = { title: "Gestion — chiffres des adhésions" };

const YEARS = 5;

export default async function MembershipFiguresPage() {
  const actor = await pageActor("membership:manage", routes.staff.membershipFigures);
  if (!actor) return <AccessDenied signedIn />;
  const year = membershipYear();
  const rows = await membershipFigures(actor, { fromYear: year + 1 - YEARS, toYear: year });
  const years = Array.from({ length: YEARS }, (_, i) => year - i);
  const totals = years.map((y) => {
    const ofYear = rows.filter((r) => r.year === y);
    return { id: String(y), year: y, members: ofYear.reduce((sum, r) => sum + r.members, 0), collectedCents: ofYear.reduce((sum, r) => sum + r.collectedCents, 0) };
  });
  const thisYear = rows.filter((r) => r.year === year);

  return (
    <SectionFrame
      title="Chiffres des adhésions"
      intro="Les adhérents à jour (adhésion payée) par collège et par année, et les cotisations encaissées."
      section={routes.staff.members}
      crumbs={[{ href: routes.staff.members, label: "Adhérents" }]}
    >
      <MembershipLinks current={routes.staff.membershipFigures} />
      {rows.length === 0 ? (
        <EmptyState>Aucune adhésion payée sur les {YEARS} dernières années.</EmptyState>
      ) : (
        <>
          <section aria-labelledby="par-college" className="space-y-3">
            <h2 id="par-college" className="text-xl font-semibold">
              Adhérents à jour en {year}, par collège
            </h2>
            <BarChart
              id="adherents-par-college"
              title={`Adhérents à jour en ${year}, par collège`}
              labelHeader="Collège"
              valueHeader="Adhérents"
              bars={thisYear.map((r) => ({ key: r.college, label: COLLEGE_LABELS[r.college], value: r.members, shown: formatNumber(r.members) }))}
            />
          </section>
          <section aria-labelledby="par-annee" className="space-y-3">
            <h2 id="par-annee" className="text-xl font-semibold">
              Par année
            </h2>
            <DataTable
              caption="Adhérents à jour et cotisations encaissées par année"
              withoutLinks
              rows={totals}
              columns={[
                { header: "Année", rowHeader: true, cell: (r) => r.year },
                { header: "Adhérents à jour", numeric: true, cell: (r) => formatNumber(r.members) },
                { header: "Cotisations encaissées", numeric: true, cell: (r) => formatEuros(r.collectedCents) },
              ]}
            />
            <DataTable
              caption="Détail par année et par collège"
              withoutLinks
              rows={rows.map((r) => ({ ...r, id: `${r.year}-${r.college}` }))}
              columns={[
                { header: "Année et collège", rowHeader: true, cell: (r) => `${r.year} — ${COLLEGE_LABELS[r.college]}` },
                { header: "Adhérents à jour", numeric: true, cell: (r) => formatNumber(r.members) },
                { header: "Cotisations encaissées", numeric: true, cell: (r) => formatEuros(r.collectedCents) },
              ]}
            />
          </section>
        </>
      )}
    </SectionFrame>
  );
}
