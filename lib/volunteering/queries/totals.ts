import "server-only";
import { db } from "@/lib/db";
import { hoursValueCents } from "@/lib/volunteering/model";

/**
 * The year's validated hours and their value for the annual accounts (valorisation du bénévolat,
 * as Bénévalibre counts it): per volunteer and activity, minutes × the activity's hourly value.
 * Only VALIDATED hours count. The value uses each activity's current rate: a rate changed during
 * the year values the whole year at the new one (the accounts are drawn up once, at the end).
 */

export type TotalsRow = { userId: string; name: string; activityId: string; activity: string; minutes: number; hourlyRateCents: number; valueCents: number };
export type Subtotal = { id: string; name: string; minutes: number; valueCents: number };
export type YearTotals = { year: number; rows: TotalsRow[]; byVolunteer: Subtotal[]; byActivity: Subtotal[]; minutes: number; valueCents: number };

/** The first and the day after the last day of a year, as @db.Date values. */
function yearDays(year: number) {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

function subtotals(rows: TotalsRow[], key: (row: TotalsRow) => [string, string]): Subtotal[] {
  const map = new Map<string, Subtotal>();
  for (const row of rows) {
    const [id, name] = key(row);
    const total = map.get(id) ?? { id, name, minutes: 0, valueCents: 0 };
    total.minutes += row.minutes;
    total.valueCents += row.valueCents;
    map.set(id, total);
  }
  return [...map.values()].sort((a, b) => a.name.localeCompare(b.name, "fr"));
}

/** Three queries whatever the number of volunteers (two for one volunteer's own): the sums in SQL, then the names and rates of those counted. */
export async function yearTotals(year: number, userId?: string): Promise<YearTotals> {
  const sums = await db.volunteerHours.groupBy({
    by: ["userId", "activityId"],
    where: { status: "VALIDATED", day: yearDays(year), ...(userId ? { userId } : {}) },
    _sum: { minutes: true },
  });
  const [activities, people] = await Promise.all([
    db.volunteerActivity.findMany({ where: { id: { in: [...new Set(sums.map((s) => s.activityId))] } }, select: { id: true, name: true, hourlyRateCents: true } }),
    // One volunteer's own totals need no names (Mon espace): one query fewer.
    userId ? Promise.resolve([]) : db.user.findMany({ where: { id: { in: [...new Set(sums.map((s) => s.userId))] } }, select: { id: true, name: true } }),
  ]);
  const activityOf = new Map(activities.map((a) => [a.id, a]));
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const rows = sums
    .map((sum): TotalsRow => {
      const activity = activityOf.get(sum.activityId);
      const minutes = sum._sum.minutes ?? 0;
      const rate = activity?.hourlyRateCents ?? 0;
      return { userId: sum.userId, name: nameOf.get(sum.userId) ?? "", activityId: sum.activityId, activity: activity?.name ?? "", minutes, hourlyRateCents: rate, valueCents: hoursValueCents(minutes, rate) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "fr") || a.activity.localeCompare(b.activity, "fr"));
  return {
    year,
    rows,
    byVolunteer: subtotals(rows, (row) => [row.userId, row.name]),
    byActivity: subtotals(rows, (row) => [row.activityId, row.activity]),
    minutes: rows.reduce((sum, row) => sum + row.minutes, 0),
    valueCents: rows.reduce((sum, row) => sum + row.valueCents, 0),
  };
}
