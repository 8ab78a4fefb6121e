import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatDay } from "@/lib/format/dates";
import { MANDATE_POSITION_LABELS } from "@/lib/governance/model";
import type { MandateRow, SeatFill } from "@/lib/governance/queries/bodies";
import { COLLEGE_LABELS } from "@/lib/membership/model";
import { routes } from "@/lib/routes";

/** The period of a mandate, in words ("depuis le 1 janv. 2025", "du … au …"). */
export function mandatePeriod(m: { startsOn: Date; endsOn: Date | null }) {
  return m.endsOn ? `du ${formatDay(m.startsOn)} au ${formatDay(m.endsOn)}` : `depuis le ${formatDay(m.startsOn)}`;
}

/** The flags of a mandate: ending within 90 days, held by an employee of the Régie. */
function Flags({ mandate }: { mandate: MandateRow }) {
  return (
    <>
      {mandate.endingSoon ? <span className="mr-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-950">Se termine dans moins de 90 jours</span> : null}
      {mandate.employee ? <span className="inline-block rounded bg-sky-100 px-2 py-0.5 text-sm font-medium text-sky-950">Salarié·e de la Régie</span> : null}
    </>
  );
}

/** A body's mandates, with a link to each for the secretary or the admin (`bodyId` given). */
export function MandateTable({ caption, mandates, manageBodyId }: { caption: string; mandates: MandateRow[]; manageBodyId?: string }) {
  const columns: Column<MandateRow>[] = [
    { header: "Titulaire", rowHeader: true, cell: (m) => (manageBodyId ? <Link href={routes.governance.mandate(manageBodyId, m.id)} className="text-brand-800 underline underline-offset-2">{m.holderName}</Link> : m.holderName) },
    { header: "Poste", cell: (m) => MANDATE_POSITION_LABELS[m.position] },
    { header: "Collège", cell: (m) => COLLEGE_LABELS[m.college] },
    { header: "Période", cell: (m) => mandatePeriod(m) },
    { header: "Page publique", cell: (m) => (m.showNamePublicly ? "Nom affiché" : "Nom masqué") },
    { header: "Remarques", cell: (m) => <Flags mandate={m} /> },
  ];
  return <DataTable caption={caption} columns={columns} rows={mandates} withoutLinks={!manageBodyId} />;
}

/** The board's seats per college: filled vs the statutes in force. */
export function SeatTable({ seats }: { seats: SeatFill[] }) {
  const rows = seats.map((s) => ({ ...s, id: s.college }));
  return (
    <DataTable
      caption="Sièges du conseil d'administration par collège"
      withoutLinks
      rows={rows}
      columns={[
        { header: "Collège", rowHeader: true, cell: (s) => COLLEGE_LABELS[s.college] },
        { header: "Sièges occupés", numeric: true, cell: (s) => s.filled },
        { header: "Sièges prévus par les statuts", numeric: true, cell: (s) => s.seats },
      ]}
      footer={["Total", rows.reduce((n, s) => n + s.filled, 0), rows.reduce((n, s) => n + s.seats, 0)]}
    />
  );
}
