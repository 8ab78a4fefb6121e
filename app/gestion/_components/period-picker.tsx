import Link from "next/link";
import type { Period } from "@/lib/employees/periods";
import type { PeriodParam } from "@/lib/routes";

/** The URL parameter of a period: `semaine` or `mois`. */
export const periodParam = (kind: Period["kind"], key: string): PeriodParam => (kind === "week" ? { semaine: key } : { mois: key });

/**
 * Moves between weeks or months, and from one to the other: links, so the period is in the URL
 * and the page works without JavaScript. `href` writes the page's address for a period.
 */
export function PeriodPicker({ period, href, thisWeek, thisMonth }: { period: Period; href: (period: PeriodParam) => string; thisWeek: string; thisMonth: string }) {
  const unit = period.kind === "week" ? "Semaine" : "Mois";
  const link = "rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium text-slate-900 underline-offset-2 hover:bg-slate-50";
  return (
    <nav aria-label="Période" className="flex flex-wrap items-center gap-2">
      <Link className={link} href={href(periodParam(period.kind, period.previous))}>
        <span aria-hidden="true">← </span>
        {unit} {period.kind === "week" ? "précédente" : "précédent"}
      </Link>
      <Link className={link} href={href(periodParam(period.kind, period.next))}>
        {unit} {period.kind === "week" ? "suivante" : "suivant"}
        <span aria-hidden="true"> →</span>
      </Link>
      <Link className={link} href={href({ semaine: thisWeek })} aria-current={period.kind === "week" && period.key === thisWeek ? "page" : undefined}>
        Cette semaine
      </Link>
      <Link className={link} href={href({ mois: thisMonth })} aria-current={period.kind === "month" && period.key === thisMonth ? "page" : undefined}>
        Ce mois-ci
      </Link>
    </nav>
  );
}
