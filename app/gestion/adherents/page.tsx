import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { controlClass, SelectField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { firstValues } from "@/lib/core/search-params";
import { plural } from "@/lib/format/numbers";
import { enumOptions } from "@/lib/format/options";
import { COLLEGES, COLLEGE_LABELS, MEMBERSHIP_STATUSES, MEMBERSHIP_STATUS_LABELS, MEMBER_KINDS, MEMBER_KIND_LABELS, membershipYear } from "@/lib/membership/model";
import { listRegister } from "@/lib/membership/queries/register";
import { registerFilterOf, registerParamsOf, registerQuerySchema } from "@/lib/membership/register-params";
import { routes } from "@/lib/routes";
import { SectionFrame } from "../_components/section-frame";
import { MembershipLinks } from "./_components/membership-links";
import { RegisterTable } from "./_components/register-table";

export const metadata: Metadata = { title: "Gestion — adhérents" };

export default async function MembersRegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("membership:manage", routes.staff.members);
  if (!actor) return <AccessDenied signedIn />;
  const query = registerQuerySchema.parse(firstValues(await searchParams));
  const year = membershipYear();
  const filter = registerFilterOf(query);
  const list = await listRegister(actor, { ...filter, page: query.page }, year);
  const params = registerParamsOf(query);
  const filtered = Object.values(params).some(Boolean);
  const years = Array.from({ length: 10 }, (_, i) => String(year + 1 - i));

  return (
    <SectionFrame
      title="Adhérents"
      intro="Le registre des adhésions par année : personnes et organisations, collège, cotisation et paiement. Une adhésion est active dès son paiement enregistré."
      section={routes.staff.members}
      crumbs={[]}
    >
      <MembershipLinks current={routes.staff.members} />
      <p>
        <Link href={routes.staff.newMembership} className={buttonClass("primary")}>
          Enregistrer un bulletin d&apos;adhésion
        </Link>
      </p>

      <FilterForm action={routes.staff.members} label="Filtrer le registre" columns="sm:grid-cols-3 lg:grid-cols-6" filtered={filtered}>
        <div className="space-y-1">
          <label htmlFor="q" className="block text-sm font-medium text-slate-900">
            Rechercher
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={controlClass} placeholder="Nom, courriel" />
        </div>
        <SelectField name="annee" label="Année" defaultValue={query.annee?.toString() ?? ""} emptyLabel="Toutes" options={years.map((y) => ({ value: y, label: y }))} />
        <SelectField name="college" label="Collège" defaultValue={query.college ?? ""} emptyLabel="Tous" options={enumOptions(COLLEGE_LABELS, COLLEGES)} />
        <SelectField name="statut" label="État" defaultValue={query.statut ?? ""} emptyLabel="Tous" options={enumOptions(MEMBERSHIP_STATUS_LABELS, MEMBERSHIP_STATUSES)} />
        <SelectField name="type" label="Personne ou organisation" defaultValue={query.type ?? ""} emptyLabel="Toutes" options={enumOptions(MEMBER_KIND_LABELS, MEMBER_KINDS)} />
        <SelectField
          name="renouvellement"
          label="Renouvellement"
          defaultValue={query.renouvellement ?? ""}
          emptyLabel="Tous"
          options={[{ value: "1", label: `À faire pour ${year}` }]}
        />
      </FilterForm>

      <p>
        <a href={routes.staff.membersCsv(params)} className="text-brand-800 underline underline-offset-2">
          Exporter {filtered ? "ces adhésions" : "le registre"} en CSV
        </a>
      </p>

      <RegisterTable
        count={plural(list.total, "adhésion", "adhésions")}
        filtered={filtered}
        pagination={{ page: list.page, total: list.total, pageSize: list.pageSize, basePath: routes.staff.members, params: { ...params } }}
        rows={list.rows.map((r) => ({
          id: r.id,
          memberId: r.memberId,
          name: r.name,
          representativeName: r.representativeName,
          year: r.year,
          college: r.college,
          status: r.status,
          feeCents: r.feeCents,
          paidOn: r.payment?.paidOn ?? null,
          receipt: r.payment?.receipt ?? null,
        }))}
      />
    </SectionFrame>
  );
}
