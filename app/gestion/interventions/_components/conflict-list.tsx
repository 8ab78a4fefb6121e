import type { AbsenceKind } from "@/lib/generated/prisma/enums";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import type { Conflict } from "@/lib/work-orders/conflicts";

const ABSENCE_LABELS: Record<AbsenceKind, string> = { LEAVE: "en congé", SICKNESS: "en arrêt maladie", TRAINING: "en formation", OTHER: "absent·e" };

/**
 * The warnings of one job (the planning's cards, the job's page): who, and why, in a few words
 * (the job's day is the card's or the page's). A planning card shows its first few and links to
 * the job's page for the `more` it leaves out: on a busy week a job can clash with dozens of
 * others. Names by employee id, a plain object so that the planning's client cards can be given it.
 *
 * Lean markup, as the planning draws up to a hundred of these: one text and at most one link a
 * line besides its ⚠; plain <a> rather than next/link, whose every instance carries its own hooks
 * and prefetches a job's page nobody asked for. The ⚠ is an aria-hidden span, not the list's
 * marker: Chromium puts a marker's text in the accessibility tree (a ListMarker "⚠ "), so screen
 * readers would read a sign before every line the words already say is a conflict. Its looks
 * are app/globals.css `.warning-list`, written once for the hundred lists of a week.
 */
/** The sign before a warning, for the eye only: the line's words say it. */
const SIGN = <span aria-hidden="true">⚠ </span>;

export function ConflictList({ conflicts, names, more }: { conflicts: Conflict[]; names: Readonly<Record<string, string>>; more?: { count: number; href: string } }) {
  if (conflicts.length === 0) return null;
  return (
    <ul className="warning-list">
      {conflicts.map((conflict, index) => {
        if (conflict.kind === "teamAbsent") {
          return (
            <li key={index}>
              {SIGN}
              {conflict.members === 0 ? "Personne de l'équipe en poste ce jour-là" : "Toute l'équipe est absente ce jour-là"}
            </li>
          );
        }
        const name = names[conflict.employeeId] ?? "Une personne";
        return conflict.kind === "absent" ? (
          <li key={index}>
            {SIGN}
            {`${name} : ${ABSENCE_LABELS[conflict.absence]}`}
          </li>
        ) : (
          <li key={index}>
            {SIGN}
            {`${name} : même heure que `}
            <a href={routes.staff.workOrder(conflict.otherId)}>{`n° ${conflict.otherNumber}`}</a>
          </li>
        );
      })}
      {more && more.count > 0 ? (
        <li>
          <a href={more.href}>{`Et ${plural(more.count, "autre conflit", "autres conflits")}`}</a>
        </li>
      ) : null}
    </ul>
  );
}
