import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { controlClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { optionalIdParam } from "@/lib/core/schemas";
import { firstValues } from "@/lib/core/search-params";
import { formatEuros } from "@/lib/format/numbers";
import { COLLEGES, COLLEGE_LABELS, MEMBER_KIND_LABELS, membershipYear } from "@/lib/membership/model";
import { feesOfYear, getMemberForStaff, listMembershipPartners, searchMembers } from "@/lib/membership/queries/staff";
import { routes } from "@/lib/routes";
import { SectionFrame } from "../../_components/section-frame";
import { MembershipLinks } from "../_components/membership-links";
import { PaperMembershipForm } from "../_components/paper-form";

export const metadata: Metadata = { title: "Gestion — bulletin d'adhésion" };

const querySchema = z.object({ adherent: optionalIdParam, recherche: z.string().trim().max(100).optional().catch(undefined) });

export default async function NewMembershipPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("membership:manage", routes.staff.newMembership);
  if (!actor) return <AccessDenied signedIn />;
  const query = querySchema.parse(firstValues(await searchParams));
  const year = membershipYear();
  const [chosen, found, partners, fees, nextFees] = await Promise.all([
    query.adherent ? getMemberForStaff(actor, query.adherent) : null,
    query.recherche ? searchMembers(actor, query.recherche) : [],
    listMembershipPartners(actor),
    feesOfYear(actor, year),
    feesOfYear(actor, year + 1),
  ]);
  const feeRows = COLLEGES.map((college) => ({
    id: college,
    college,
    now: fees.find((f) => f.college === college)?.amountCents,
    next: nextFees.find((f) => f.college === college)?.amountCents,
  }));

  return (
    <SectionFrame title="Enregistrer un bulletin d'adhésion" section={routes.staff.members} crumbs={[{ href: routes.staff.members, label: "Adhérents" }]}>
      <MembershipLinks current={routes.staff.newMembership} />
      <DataTable
        caption="Barème des cotisations"
        withoutLinks
        rows={feeRows}
        columns={[
          { header: "Collège", rowHeader: true, cell: (r) => COLLEGE_LABELS[r.college] },
          { header: String(year), numeric: true, cell: (r) => (r.now === undefined ? "non fixée" : formatEuros(r.now)) },
          { header: String(year + 1), numeric: true, cell: (r) => (r.next === undefined ? "non fixée" : formatEuros(r.next)) },
        ]}
      />

      {chosen ? null : (
        <section aria-labelledby="existant" className="space-y-3">
          <h2 id="existant" className="text-xl font-semibold">
            Adhérent déjà connu ?
          </h2>
          <form action={routes.staff.newMembership} className="flex flex-wrap items-end gap-3">
            <div className="space-y-1">
              <label htmlFor="recherche" className="block text-sm font-medium text-slate-900">
                Rechercher par nom ou courriel
              </label>
              <input id="recherche" name="recherche" type="search" defaultValue={query.recherche ?? ""} className={controlClass} />
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              Rechercher
            </button>
          </form>
          {query.recherche ? (
            found.length === 0 ? (
              <p>Aucun adhérent ne correspond : remplissez le bulletin d&apos;un nouvel adhérent ci-dessous.</p>
            ) : (
              <ul className="space-y-1">
                {found.map((m) => (
                  <li key={m.id}>
                    <Link href={routes.staff.newMembershipFor(m.id)} className="text-brand-800 underline underline-offset-2">
                      {m.name}
                    </Link>{" "}
                    ({MEMBER_KIND_LABELS[m.kind]}
                    {m.representativeName ? `, représenté par ${m.representativeName}` : ""}
                    {m.email ? `, ${m.email}` : ""})
                  </li>
                ))}
              </ul>
            )
          ) : null}
        </section>
      )}

      <section aria-labelledby="bulletin" className="space-y-3">
        <h2 id="bulletin" className="text-xl font-semibold">
          Bulletin
        </h2>
        <PaperMembershipForm member={chosen ? { id: chosen.id, name: chosen.name } : null} partners={partners} year={year} years={[year + 1, year, year - 1]} />
      </section>
    </SectionFrame>
  );
}
