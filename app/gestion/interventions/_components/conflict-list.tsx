import Link from "next/link";
import type { AbsenceKind } from "@/lib/generated/prisma/enums";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import type { Conflict } from "@/lib/work-orders/conflicts";

const ABSENCE_LABELS: Record<AbsenceKind, string> = { LEAVE: "en congé", SICKNESS: "en arrêt maladie", TRAINING: "en formation", OTHER: "absent·e" };

/**
 * The warnings of one job (the planning's cards, the job's page): who, and why. A planning card
 * shows its first few and links to the job's page for the `more` it leaves out: on a busy week a
 * job can clash with dozens of others. Names by employee id, a plain object so that the
 * planning's client cards can be given it. Sentences as single strings: no text-node markers in
 * the HTML between their pieces (the planning draws up to a hundred of these).
 */
export function ConflictList({ conflicts, names, more }: { conflicts: Conflict[]; names: Readonly<Record<string, string>>; more?: { count: number; href: string } }) {
  if (conflicts.length === 0) return null;
  return (
    <ul className="space-y-1 rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950">
      {conflicts.map((conflict, index) =>
        conflict.kind === "teamAbsent" ? (
          <li key={index}>
            <span aria-hidden="true">⚠ </span>
            {conflict.members === 0 ? "Personne de l'équipe n'est en poste ce jour-là" : "Toute l'équipe est absente ce jour-là"} : personne pour prendre cette intervention.
          </li>
        ) : (
          <li key={index}>
            <span aria-hidden="true">⚠ </span>
            <span className="font-semibold">{names[conflict.employeeId] ?? "Une personne"}</span>
            {conflict.kind === "absent" ? (
              ` est ${ABSENCE_LABELS[conflict.absence]} ce jour-là.`
            ) : (
              <>
                {" est aussi sur l'intervention "}
                <Link href={routes.staff.workOrder(conflict.otherId)} className="underline">{`n° ${conflict.otherNumber}`}</Link>
                {" à la même heure."}
              </>
            )}
          </li>
        ),
      )}
      {more && more.count > 0 ? (
        <li>
          <Link href={more.href} className="underline">{`Et ${plural(more.count, "autre conflit", "autres conflits")}`}</Link>
        </li>
      ) : null}
    </ul>
  );
}
