import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { pageActor } from "@/lib/auth/guard";
import { can } from "@/lib/authz/policy";
import { isoDay, parisToday } from "@/lib/core/calendar";
import { formatDay, formatTimestamp } from "@/lib/format/dates";
import { statutesOn } from "@/lib/governance/mandate-rules";
import { listStatutesVersions, type StatutesVersionRow } from "@/lib/governance/statutes";
import { totalSeats, type StatutesSettings } from "@/lib/governance/statutes-rules";
import { routes } from "@/lib/routes";
import { GouvernanceFrame } from "../_components/gouvernance-frame";
import { StatutesForm } from "./_components/statutes-form";

export const metadata: Metadata = { title: "Gouvernance — statuts" };

/** The settings of a version, without its date, note and author: what the next version starts from. */
const settingsOf = (s: StatutesSettings): StatutesSettings => ({
  boardSeatsResidents: s.boardSeatsResidents,
  boardSeatsLocalAuthorities: s.boardSeatsLocalAuthorities,
  boardSeatsSocialLandlords: s.boardSeatsSocialLandlords,
  boardSeatsSocioEconomic: s.boardSeatsSocioEconomic,
  residentsMinSharePercent: s.residentsMinSharePercent,
  quorumAssemblyPercent: s.quorumAssemblyPercent,
  quorumBoardPercent: s.quorumBoardPercent,
  quorumOtherPercent: s.quorumOtherPercent,
  proxiesCountForQuorum: s.proxiesCountForQuorum,
  proxiesPerPerson: s.proxiesPerPerson,
  flagEmployeeMandates: s.flagEmployeeMandates,
});

const yesNo = (value: boolean) => (value ? "Oui" : "Non");

/** The settings of one version, as a description list. */
function Settings({ s }: { s: StatutesVersionRow }) {
  const rows: [string, string][] = [
    ["En vigueur depuis le", formatDay(s.effectiveFrom)],
    ["Sièges au conseil", `${totalSeats(s)} : ${s.boardSeatsResidents} habitants, ${s.boardSeatsLocalAuthorities} collectivités locales, ${s.boardSeatsSocialLandlords} bailleurs sociaux, ${s.boardSeatsSocioEconomic} partenaires socio-économiques`],
    ["Part minimale des habitants", `${s.residentsMinSharePercent} % des sièges`],
    ["Quorum", `assemblée générale ${s.quorumAssemblyPercent} %, conseil ${s.quorumBoardPercent} %, autres instances ${s.quorumOtherPercent} %`],
    ["Les pouvoirs comptent pour le quorum", yesNo(s.proxiesCountForQuorum)],
    ["Pouvoirs par personne", String(s.proxiesPerPerson)],
    ["Mandats de salariés signalés", yesNo(s.flagEmployeeMandates)],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function StatutesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("governance:view", routes.governance.statutes);
  if (!actor) return <AccessDenied signedIn />;
  const query = await searchParams;
  const versions = await listStatutesVersions();
  const today = parisToday();
  const current = statutesOn(versions, today);
  const admin = can(actor, "governance:manage-settings");
  const base = current ?? versions[0];

  return (
    <GouvernanceFrame
      title="Statuts"
      intro="Les règles des statuts que le portail applique aux mandats et aux réunions, avec leur historique."
      section={routes.governance.statutes}
      notice={query.fait === "statuts" ? "La nouvelle version des statuts est enregistrée." : undefined}
    >
      <Panel id="titre-en-vigueur" title="En vigueur aujourd'hui">
        {current ? <Settings s={current} /> : <EmptyState>Aucune version des statuts n’est encore en vigueur.</EmptyState>}
        {current?.note ? <p className="whitespace-pre-line">{current.note}</p> : null}
      </Panel>

      <Panel id="titre-historique" title="Historique des versions">
        {versions.length === 0 ? (
          <EmptyState>Aucune version enregistrée.</EmptyState>
        ) : (
          <DataTable
            caption="Historique des versions des statuts"
            withoutLinks
            rows={versions}
            columns={[
              { header: "En vigueur à partir du", rowHeader: true, cell: (v) => formatDay(v.effectiveFrom) },
              { header: "Sièges (habitants / total)", cell: (v) => `${v.boardSeatsResidents} / ${totalSeats(v)}` },
              { header: "Part des habitants", numeric: true, cell: (v) => `${v.residentsMinSharePercent} %` },
              { header: "Quorum AG / CA / autres", cell: (v) => `${v.quorumAssemblyPercent} / ${v.quorumBoardPercent} / ${v.quorumOtherPercent} %` },
              { header: "Pouvoirs", numeric: true, cell: (v) => v.proxiesPerPerson },
              { header: "Saisie par", cell: (v) => `${v.createdBy?.name ?? "—"}, le ${formatTimestamp(v.createdAt)}` },
              { header: "Note", cell: (v) => v.note ?? "" },
            ]}
          />
        )}
      </Panel>

      {admin ? (
        <Panel id="titre-nouvelle-version" title="Nouvelle version">
          <p>Une version n’est jamais modifiée : la nouvelle s’applique à partir de sa date, les précédentes restent dans l’historique.</p>
          <StatutesForm
            initial={{
              ...(base ? settingsOf(base) : { proxiesCountForQuorum: true, flagEmployeeMandates: true }),
              effectiveFrom: isoDay(today),
              note: "",
            }}
          />
        </Panel>
      ) : null}
    </GouvernanceFrame>
  );
}
