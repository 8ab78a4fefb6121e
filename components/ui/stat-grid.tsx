import { formatNumber } from "@/lib/format/numbers";

export type Stat = { label: string; value: number | string };

const looks = {
  // The back offices read "12 comptes": the figure first, the label agreed with it below.
  "back-office": {
    tile: "flex flex-col rounded-md border border-slate-300 bg-white p-3 sm:p-4",
    value: "order-first text-2xl font-bold text-slate-900",
  },
  // Public pages read a title, then its figure, in the Régie's colour.
  public: {
    tile: "rounded-lg border border-slate-300 bg-white p-3 sm:p-4",
    value: "text-2xl font-bold text-brand-800",
  },
} as const;

/**
 * Key figures as tiles: a description list, so that each figure is read with its label. Numbers
 * are written the French way; text (a duration, "pas encore de données") is shown as it is.
 * `className` sets the grid's columns, which depend on how many figures the page has.
 */
export function StatGrid({ stats, className, look = "back-office" }: { stats: Stat[]; className: string; look?: keyof typeof looks }) {
  return (
    <dl className={`grid ${className}`}>
      {stats.map((stat) => (
        <div key={stat.label} className={looks[look].tile}>
          <dt className="text-sm text-slate-700">{stat.label}</dt>
          <dd className={looks[look].value}>{typeof stat.value === "number" ? formatNumber(stat.value) : stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
