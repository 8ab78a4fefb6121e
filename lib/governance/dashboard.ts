import "server-only";
import { readRows } from "@/lib/db";
import { authorize, type Actor } from "@/lib/authz/policy";
import { cachedRead } from "@/lib/cache/cached-read";
import { addDays, isoDay, parisToday, toDay } from "@/lib/core/calendar";
import { parisMonthSql } from "@/lib/core/paris-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BodyKind, College } from "@/lib/generated/prisma/enums";
import { GOVERNANCE_PUBLIC_TAG } from "@/lib/governance/cache-tags";
import { ENDING_SOON_DAYS } from "@/lib/governance/queries/bodies";
import { statutesInForce } from "@/lib/governance/statutes";
import { seatsOf } from "@/lib/governance/statutes-rules";
import { MEMBERSHIP_TAG } from "@/lib/membership/lifecycle";
import { PUBLIC_REPORTS_TAG } from "@/lib/reports/cache-tags";
import { VOLUNTEERING_TAG } from "@/lib/volunteering/cache-tags";

/**
 * The board's dashboard (/gouvernance/tableau-de-bord): counts only, never a name, an email or a
 * member's row (the register stays staff's and the board's own page). Six aggregates read side by
 * side, each one SQL statement whatever the size of the Régie; the result is cached for a few
 * minutes (figures read at a glance need not be to the second, and 200,000 reports are not
 * counted on every visit). The changes that name the tags below refresh it sooner.
 */

/** How many membership years the members' panel shows, this one included. */
export const DASHBOARD_YEARS = 5;
/** How many months (this one included) the attendance and activity panels cover. */
export const DASHBOARD_MONTHS = 12;
/** The cached figures are at most this old (seconds). */
export const DASHBOARD_REVALIDATE = 300;

export type MembersRow = { year: number; college: College; members: number };
export type AttendanceRow = { bodyId: string; name: string; kind: BodyKind; meetings: number; expected: number; attended: number };
export type CoverageRow = { bodyId: string; name: string; kind: BodyKind; college: College | null; filled: number; ending: number };
export type BodyCoverage = {
  bodyId: string;
  name: string;
  kind: BodyKind;
  /** Current mandates per college; `seats` from the statutes in force on the board (BOARD kind) only. */
  colleges: { college: College; filled: number; seats: number | null }[];
  filled: number;
  /** Mandates ending within ENDING_SOON_DAYS days. */
  ending: number;
};
export type MonthCount = { month: string; count: number };
export type ActivityKind = "reportsReceived" | "reportsResolved" | "jobsDone" | "jobsValidated";
type ActivityRow = { kind: ActivityKind; month: string; count: number };
type HoursRow = { month: string | null; minutes: number; valueCents: number };

export type DashboardFigures = {
  /** "2026-12-03": the day (Paris) the figures were counted for. */
  day: string;
  year: number;
  /** The months covered, oldest first ("2026-01"…). */
  months: string[];
  members: MembersRow[];
  attendance: AttendanceRow[];
  coverage: BodyCoverage[];
  /** Mandates of any body ending within ENDING_SOON_DAYS days. */
  endingSoon: number;
  /** False before the statutes have a version in force (no seats to compare with). */
  hasStatutes: boolean;
  hoursByMonth: MonthCount[];
  hoursMinutes: number;
  hoursValueCents: number;
  activity: Record<ActivityKind, MonthCount[]>;
};

/** The first day of the month `back` months before the month of `day`. */
function monthStart(day: Date, back: number): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - back, 1));
}

const monthKey = (day: Date) => isoDay(day).slice(0, 7);

/** Members up to date (ACTIVE membership) per year and college: the same count as the staff's figures page, without the fees. */
function membersByYear(fromYear: number, toYear: number) {
  return readRows<MembersRow>(Prisma.sql`
    SELECT m."year", m."college"::text AS "college", count(*)::int AS "members"
    FROM "Membership" m
    WHERE m."status" = 'ACTIVE' AND m."year" BETWEEN ${fromYear} AND ${toYear}
    GROUP BY m."year", m."college"
    ORDER BY m."year", m."college"`);
}

/**
 * Per body, over the meetings held from `from` to now: the attendance rows recorded and those
 * present or represented (a proxy counts, as it does for the quorum).
 */
function attendanceByBody(from: Date, now: Date) {
  return readRows<AttendanceRow>(Prisma.sql`
    SELECT b.id AS "bodyId", b.name, b.kind::text AS kind, count(DISTINCT mt.id)::int AS meetings,
           count(a."memberId")::int AS expected,
           (count(a."memberId") FILTER (WHERE a.status IN ('PRESENT', 'REPRESENTED')))::int AS attended
    FROM "Meeting" mt
    JOIN "GovernanceBody" b ON b.id = mt."bodyId"
    LEFT JOIN "MeetingAttendance" a ON a."meetingId" = mt.id
    WHERE mt.status = 'HELD' AND mt."startsAt" >= ${from} AND mt."startsAt" <= ${now}
    GROUP BY b.id, b.name, b.kind, b."sortOrder"
    ORDER BY b."sortOrder", b.name`);
}

/**
 * Per body in use and college: the mandates current on `day`, and those ending within
 * ENDING_SOON_DAYS days (as the bodies page lists them: started by then, not yet ended). A body
 * with no mandate comes back once, with a null college.
 */
function mandatesByBody(day: Date) {
  const horizon = addDays(day, ENDING_SOON_DAYS);
  return readRows<CoverageRow>(Prisma.sql`
    SELECT b.id AS "bodyId", b.name, b.kind::text AS kind, d.college::text AS college,
           (count(d.id) FILTER (WHERE d."startsOn" <= ${day}::date))::int AS filled,
           (count(d.id) FILTER (WHERE d."endsOn" <= ${horizon}::date))::int AS ending
    FROM "GovernanceBody" b
    LEFT JOIN "Mandate" d ON d."bodyId" = b.id AND d."startsOn" <= ${horizon}::date AND (d."endsOn" IS NULL OR d."endsOn" >= ${day}::date)
    WHERE b."archivedAt" IS NULL
    GROUP BY b.id, b.name, b.kind, b."sortOrder", d.college
    ORDER BY b."sortOrder", b.name, d.college`);
}

/**
 * Validated volunteer hours of the year: minutes per month, then one row (month null) with the
 * year's minutes and value. The value is rounded per volunteer and activity, as the volunteering
 * totals (lib/volunteering/queries/totals.ts) round it, so both pages show the same euros.
 */
function volunteerHours(year: number) {
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  return readRows<HoursRow>(Prisma.sql`
    WITH h AS (
      SELECT to_char(v.day, 'YYYY-MM') AS month, v."userId", v."activityId", v.minutes
      FROM "VolunteerHours" v
      WHERE v.status = 'VALIDATED' AND v.day >= ${from}::date AND v.day < ${to}::date
    ), per_person AS (
      SELECT sum(h.minutes) AS minutes, round(sum(h.minutes) * a."hourlyRateCents" / 60.0) AS value
      FROM h JOIN "VolunteerActivity" a ON a.id = h."activityId"
      GROUP BY h."userId", h."activityId", a."hourlyRateCents"
    )
    SELECT month, sum(minutes)::int AS minutes, 0 AS "valueCents" FROM h GROUP BY month
    UNION ALL
    SELECT NULL, coalesce(sum(minutes), 0)::int, coalesce(sum(value), 0)::int FROM per_person
    ORDER BY 1 NULLS LAST`);
}

/**
 * Reports received and resolved, jobs done and validated, per month (Paris) since `from`: the
 * counts the staff's figures pages make (reports by `createdAt`, as lib/reports/queries/staff.ts's
 * months; jobs by the day they were done or validated), in one statement.
 */
function activityByMonth(from: Date) {
  const since = Prisma.sql`(${from}::date)::timestamp AT TIME ZONE 'Europe/Paris'`;
  return readRows<ActivityRow>(Prisma.sql`
    SELECT 'reportsReceived' AS kind, ${parisMonthSql(Prisma.sql`r."createdAt"`)} AS month, count(*)::int AS count
      FROM "Report" r WHERE r."createdAt" >= ${since} GROUP BY 2
    UNION ALL
    SELECT 'reportsResolved', ${parisMonthSql(Prisma.sql`r."resolvedAt"`)}, count(*)::int
      FROM "Report" r WHERE r."resolvedAt" >= ${since} GROUP BY 2
    UNION ALL
    SELECT 'jobsDone', ${parisMonthSql(Prisma.sql`wo."doneAt"`)}, count(*)::int
      FROM "WorkOrder" wo WHERE wo."doneAt" >= ${since} GROUP BY 2
    UNION ALL
    SELECT 'jobsValidated', ${parisMonthSql(Prisma.sql`wo."validatedAt"`)}, count(*)::int
      FROM "WorkOrder" wo WHERE wo."validatedAt" >= ${since} GROUP BY 2`);
}

/** Every month of `months`, zeros included, from rows keyed by month. */
function series(months: string[], rows: { month: string | null; count: number }[]): MonthCount[] {
  const counts = new Map(rows.map((row) => [row.month, row.count]));
  return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

function coverageOf(rows: CoverageRow[], statutes: Awaited<ReturnType<typeof statutesInForce>>): BodyCoverage[] {
  const seats = statutes ? seatsOf(statutes) : null;
  const bodies = new Map<string, BodyCoverage>();
  for (const row of rows) {
    const body = bodies.get(row.bodyId) ?? { bodyId: row.bodyId, name: row.name, kind: row.kind, colleges: [], filled: 0, ending: 0 };
    if (row.college) {
      body.colleges.push({ college: row.college, filled: row.filled, seats: null });
      body.filled += row.filled;
      body.ending += row.ending;
    }
    bodies.set(row.bodyId, body);
  }
  // The statutes set seats for the board only: there, every college is listed, empty ones too.
  for (const body of bodies.values()) {
    if (body.kind !== "BOARD" || !seats) continue;
    const filled = new Map(body.colleges.map((c) => [c.college, c.filled]));
    body.colleges = (Object.keys(seats) as College[]).map((college) => ({ college, filled: filled.get(college) ?? 0, seats: seats[college] }));
  }
  return [...bodies.values()];
}

async function readDashboard(dayText: string): Promise<DashboardFigures> {
  const day = toDay(dayText);
  const year = day.getUTCFullYear();
  const from = monthStart(day, DASHBOARD_MONTHS - 1);
  const months = Array.from({ length: DASHBOARD_MONTHS }, (_, i) => monthKey(monthStart(day, DASHBOARD_MONTHS - 1 - i)));
  const yearMonths = Array.from({ length: day.getUTCMonth() + 1 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
  const [members, attendance, mandates, statutes, hours, activity] = await Promise.all([
    membersByYear(year + 1 - DASHBOARD_YEARS, year),
    attendanceByBody(from, new Date()),
    mandatesByBody(day),
    statutesInForce(day),
    volunteerHours(year),
    activityByMonth(from),
  ]);
  const coverage = coverageOf(mandates, statutes);
  const yearTotal = hours.find((row) => row.month === null);
  const ofKind = (kind: ActivityKind) => series(months, activity.filter((row) => row.kind === kind));
  return {
    day: dayText,
    year,
    months,
    members,
    attendance,
    coverage,
    endingSoon: coverage.reduce((sum, body) => sum + body.ending, 0),
    hasStatutes: statutes !== null,
    hoursByMonth: series(yearMonths, hours.filter((row) => row.month !== null).map((row) => ({ month: row.month, count: row.minutes }))),
    hoursMinutes: yearTotal?.minutes ?? 0,
    hoursValueCents: yearTotal?.valueCents ?? 0,
    activity: { reportsReceived: ofKind("reportsReceived"), reportsResolved: ofKind("reportsResolved"), jobsDone: ofKind("jobsDone"), jobsValidated: ofKind("jobsValidated") },
  };
}

// The day is part of the key: the figures of yesterday are never served as today's.
const cachedDashboard = cachedRead(readDashboard, ["governance-dashboard"], {
  tags: [GOVERNANCE_PUBLIC_TAG, MEMBERSHIP_TAG, VOLUNTEERING_TAG, PUBLIC_REPORTS_TAG],
  revalidate: DASHBOARD_REVALIDATE,
});

/** The dashboard's figures for today (Paris), for the board space (`governance:view`). */
export async function getDashboardFigures(actor: Actor | null, day: Date = parisToday()): Promise<DashboardFigures> {
  authorize(actor, "governance:view");
  return cachedDashboard(isoDay(day));
}
