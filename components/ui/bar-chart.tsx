"use client";
import { Fragment } from "react";
import { tableClass } from "@/components/ui/styles";
import { TableScroller } from "@/components/ui/table-scroller";

export type Bar = { key: string; label: string; value: number; /** The value as people read it ("12", "7 h 30"). */ shown: string };

const WIDTH = 640;
const LABEL_WIDTH = 220;
const VALUE_WIDTH = 80;
const ROW = 28;
const LABEL_MAX = 30;

const short = (label: string) => (label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label);

/**
 * A horizontal bar chart drawn on the server as SVG (no script, no chart library): one bar per
 * row, its label on the left and its value after it. The picture is one image named by its title
 * (role="img"); the same figures follow as a table, for screen readers and for reading exact
 * values (`tableVisible` shows it on screen too).
 *
 * A client component for the server's sake: a page of charts (the board's dashboard has ten) then
 * sends each chart's bars as data, not its SVG and its table serialized a second time in the React
 * payload beside the HTML. It renders on the server all the same (no script needed to see it).
 */
export function BarChart({
  id,
  title,
  labelHeader,
  valueHeader,
  bars,
  tableVisible = false,
}: {
  id: string;
  title: string;
  labelHeader: string;
  valueHeader: string;
  bars: Bar[];
  tableVisible?: boolean;
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW + 8;
  const table = (
    <table className={tableClass}>
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className="text-right">
            {valueHeader}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {bars.map((bar) => (
          <tr key={bar.key}>
            <th scope="row" className="font-medium">
              {bar.label}
            </th>
            <td className="text-right tabular-nums">{bar.shown}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <figure className="space-y-2">
      <svg role="img" aria-labelledby={`${id}-titre`} viewBox={`0 0 ${WIDTH} ${height}`} className="w-full max-w-3xl rounded-md border border-slate-300 bg-white" preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-titre`}>{title}</title>
        {/* The texts' size and colour once for all (inherited), not on each of them. */}
        <g fontSize="13" fill="#0f172a">
          {bars.map((bar, index) => {
            const y = 4 + index * ROW;
            // A tenth of a unit is finer than any screen shows, and keeps the markup short.
            const width = Math.max(bar.value > 0 ? 2 : 0, Math.round((bar.value / max) * barSpace * 10) / 10);
            // No group per bar: three elements a bar rather than four (a dashboard draws about 90).
            return (
              <Fragment key={bar.key}>
                <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 5} textAnchor="end">
                  {short(bar.label)}
                </text>
                <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 8} rx="2" fill="#176246" />
                <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2 + 5}>
                  {bar.shown}
                </text>
              </Fragment>
            );
          })}
        </g>
      </svg>
      {tableVisible ? <TableScroller label={title}>{table}</TableScroller> : <div className="sr-only">{table}</div>}
    </figure>
  );
}
