import type { Metadata } from "next";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { pageActor } from "@/lib/auth/guard";
import { firstValues } from "@/lib/core/search-params";
import { formatEuros } from "@/lib/format/numbers";
import { COLLEGES, COLLEGE_LABELS, membershipYear } from "@/lib/membership/model";
import { listFees } from "@/lib/membership/queries/staff";
import { routes } from "@/lib/routes";
import { SectionFrame } from "../../_components/section-frame";
import { MembershipLinks } from "../_components/membership-links";
import { CopyFeesForm, FeeForm } from "../_components/fee-forms";

export const metadata: Metadata = { title: "Gestion — cotisations" };

const NOTICES = { enregistree: "Cotisation enregistrée.", recopiees: "Cotisations recopiées de l'année précédente." } as const;
const querySchema = z.object({ fait: z.enum(["enregistree", "recopiees"]).optional().catch(undefined) });
/** Years shown: the next one (to prepare), this one and the nine before. */
const SHOWN_YEARS = 11;

export default async function MembershipFeesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("membership:manage", routes.staff.membershipFees);
  if (!actor) return <AccessDenied signedIn />;
  const { fait } = querySchema.parse(firstValues(await searchParams));
  const year = membershipYear();
  const fees = await listFees(actor, { fromYear: year + 2 - SHOWN_YEARS, toYear: year + 1 });
  const years = Array.from({ length: SHOWN_YEARS }, (_, i) => year + 1 - i);
  const rows = years
    .map((y) => ({ id: String(y), year: y, fees: Object.fromEntries(fees.filter((f) => f.year === y).map((f) => [f.college, f.amountCents])) }))
    .filter((row) => Object.keys(row.fees).length > 0);

  return (
    <SectionFrame
      title="Cotisations"
      intro="Le barème des cotisations par année et par collège. Une adhésion garde la cotisation du barème au moment où elle est enregistrée."
      section={routes.staff.members}
      crumbs={[{ href: routes.staff.members, label: "Adhérents" }]}
      notice={fait ? NOTICES[fait] : undefined}
    >
      <MembershipLinks current={routes.staff.membershipFees} />
      {rows.length === 0 ? (
        <EmptyState>Aucune cotisation fixée : saisissez celles de {year} ci-dessous.</EmptyState>
      ) : (
        <DataTable
          caption="Barème des cotisations par année"
          withoutLinks
          rows={rows}
          columns={[
            { header: "Année", rowHeader: true, cell: (r) => r.year },
            ...COLLEGES.map((college) => ({
              header: COLLEGE_LABELS[college],
              numeric: true,
              cell: (r: (typeof rows)[number]) => (r.fees[college] === undefined ? "—" : formatEuros(r.fees[college])),
            })),
          ]}
        />
      )}
      <section aria-labelledby="saisir" className="space-y-3">
        <h2 id="saisir" className="text-xl font-semibold">
          Fixer une cotisation
        </h2>
        <FeeForm years={years.slice(0, 3)} year={year} />
      </section>
      <section aria-labelledby="recopier" className="space-y-3">
        <h2 id="recopier" className="text-xl font-semibold">
          Recopier l&apos;année précédente
        </h2>
        <CopyFeesForm years={years.slice(0, 2)} year={year + 1} />
      </section>
    </SectionFrame>
  );
}
