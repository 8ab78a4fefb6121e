import Link from "next/link";
import type { AbsenceKind } from "@/lib/generated/prisma/enums";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import type { Conflict } from "@/lib/work-orders/conflicts";

const ABSENCE_LABELS: Record<AbsenceKind, string> = { LEAVE: "en congé", SICKNESS: "en arrêt maladie", TRAINING: "en formation", OTHER: "absent·e" };

/**
 * The warnings of one job (the planning's cards, the job's page): who, and why. A card shows the
 * first `cut.limit` and links to the job's page for the rest: on a busy week a job can clash with
 * dozens of others, and every card listing them all made the page heavy to send and to read.
 */
export function ConflictList({ conflicts, names, cut }: { conflicts: Conflict[]; names: Map<string, string>; cut?: { limit: number; href: string } }) {
  if (conflicts.length === 0) return null;
  const shown = cut ? conflicts.slice(0, cut.limit) : conflicts;
  const hidden = conflicts.length - shown.length;
  return (
    <ul className="space-y-1 rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950">
      {shown.map((conflict, index) => (
        <li key={index}>
          <span aria-hidden="true">⚠ </span>
          <span className="font-semibold">{names.get(conflict.employeeId) ?? "Une personne"}</span>{" "}
          {conflict.kind === "absent" ? (
            <>est {ABSENCE_LABELS[conflict.absence]} ce jour-là.</>
          ) : (
            <>
              est aussi sur l&apos;intervention{" "}
              <Link href={routes.staff.workOrder(conflict.otherId)} className="underline">
                n° {conflict.otherNumber}
              </Link>{" "}
              à la même heure.
            </>
          )}
        </li>
      ))}
      {cut && hidden > 0 ? (
        <li>
          <Link href={cut.href} className="underline">
            Et {plural(hidden, "autre conflit", "autres conflits")}
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
