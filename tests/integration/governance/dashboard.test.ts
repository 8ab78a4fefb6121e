/**
 * The board's dashboard (lib/governance/dashboard.ts and its page) on a real database: a few rows
 * of each kind, in and out of the periods counted, and the exact figures read back; the page
 * rendered for a board member, refused to a resident and a partner.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import DashboardPage from "@/app/gouvernance/tableau-de-bord/page";
import { ForbiddenError } from "@/lib/core/errors";
import { addDays, isoDay, parisToday } from "@/lib/core/calendar";
import { db } from "@/lib/db";
import { getDashboardFigures } from "@/lib/governance/dashboard";
import { routes } from "@/lib/routes";
import { resetDatabase } from "../../helpers/database";
import { actorOf, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { createBodyRow, createMandateRow, createStatutesRow } from "../../helpers/governance";
import { createMeetingRow, recordAttendance } from "../../helpers/meetings";
import { createMemberRow, createMembershipRow } from "../../helpers/membership";
import { createCategory, createReportRow } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";
import { createActivityRow, createHoursRow } from "../../helpers/volunteering";
import { createWorkOrderRow } from "../../helpers/work";

const today = parisToday();
const YEAR = today.getUTCFullYear();
const MONTH = isoDay(today).slice(0, 7);
const DAY_MS = 24 * 60 * 60 * 1000;

let board: TestUser;
let boardBody: { id: string };
let commission: { id: string };

/** A member with an ACTIVE membership for each of `years`, in `college`. */
async function activeMember(college: "RESIDENTS" | "LOCAL_AUTHORITIES" | "SOCIO_ECONOMIC_PARTNERS", years: number[]) {
  const member = await createMemberRow();
  for (const year of years) await createMembershipRow({ memberId: member.id, year, college, status: "ACTIVE" });
  return member;
}

beforeEach(async () => {
  await resetDatabase();
  board = await createUser({ roles: ["RESIDENT", "BOARD_MEMBER"] });

  // Members: 3 residents and 1 local authority this year, 2 residents last year; a pending
  // membership and one six years ago are not counted.
  const residents = [await activeMember("RESIDENTS", [YEAR - 1, YEAR]), await activeMember("RESIDENTS", [YEAR - 1, YEAR]), await activeMember("RESIDENTS", [YEAR])];
  const authority = await activeMember("LOCAL_AUTHORITIES", [YEAR]);
  await createMembershipRow({ memberId: (await createMemberRow()).id, year: YEAR, status: "PENDING" });
  await activeMember("RESIDENTS", [YEAR - 6]);

  // Mandates: the board (12 / 2 / 2 / 3 seats in the statutes) has 2 residents and 1 local
  // authority now, one of them ending within 90 days; an ended one and a body archived do not count.
  await createStatutesRow();
  boardBody = await createBodyRow("BOARD", "Conseil d'administration");
  commission = await createBodyRow("COMMISSION", "Commission travaux");
  const archived = await createBodyRow("COMMISSION", "Commission dissoute");
  await db.governanceBody.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  await createMandateRow({ bodyId: boardBody.id, memberId: residents[0].id, startsOn: `${YEAR - 1}-01-01` });
  await createMandateRow({ bodyId: boardBody.id, memberId: residents[1].id, startsOn: `${YEAR - 1}-01-01`, endsOn: isoDay(addDays(today, 30)) });
  await createMandateRow({ bodyId: boardBody.id, memberId: authority.id, college: "LOCAL_AUTHORITIES", startsOn: `${YEAR - 1}-01-01` });
  await createMandateRow({ bodyId: boardBody.id, memberId: residents[2].id, startsOn: `${YEAR - 3}-01-01`, endsOn: isoDay(addDays(today, -10)) });
  await createMandateRow({ bodyId: commission.id, memberId: residents[2].id, startsOn: `${YEAR - 1}-01-01` });
  await createMandateRow({ bodyId: archived.id, memberId: residents[0].id, startsOn: `${YEAR - 1}-01-01` });

  // Attendance: a board meeting held a month ago, 2 present, 1 represented, 1 absent (75 %); one
  // held 13 months ago and one still planned do not count.
  const attendees = [residents[0].id, residents[1].id, residents[2].id, authority.id];
  const held = await createMeetingRow({ bodyId: boardBody.id, status: "HELD", startsAt: new Date(Date.now() - 30 * DAY_MS) });
  await recordAttendance(held.id, attendees, 2, 1);
  const old = await createMeetingRow({ bodyId: boardBody.id, status: "HELD", startsAt: new Date(Date.now() - 400 * DAY_MS) });
  await recordAttendance(old.id, attendees, 0);
  await createMeetingRow({ bodyId: commission.id, status: "PLANNED", startsAt: new Date(Date.now() + 10 * DAY_MS) });

  // Volunteer hours: 90 min on 10 January and 30 today for one volunteer, 20 min today for
  // another (10 € an hour: 20 € + 3,33 €); submitted hours and last year's do not count.
  const activity = await createActivityRow({ hourlyRateCents: 1000 });
  const [first, second] = [await createUser({ roles: ["VOLUNTEER"] }), await createUser({ roles: ["VOLUNTEER"] })];
  await createHoursRow({ userId: first.id, activityId: activity.id, day: `${YEAR}-01-10`, minutes: 90, status: "VALIDATED" });
  await createHoursRow({ userId: first.id, activityId: activity.id, day: isoDay(today), minutes: 30, status: "VALIDATED" });
  await createHoursRow({ userId: second.id, activityId: activity.id, day: isoDay(today), minutes: 20, status: "VALIDATED" });
  await createHoursRow({ userId: second.id, activityId: activity.id, day: isoDay(today), minutes: 600, status: "SUBMITTED" });
  await createHoursRow({ userId: second.id, activityId: activity.id, day: `${YEAR - 1}-06-01`, minutes: 600, status: "VALIDATED" });

  // Reports: two received this month, one of them resolved; one received 14 months ago.
  const { site } = await createTerritory();
  const category = await createCategory();
  const resident = await createUser();
  await createReportRow({ authorId: resident.id, categoryId: category.id, siteId: site.id });
  await createReportRow({ authorId: resident.id, categoryId: category.id, siteId: site.id, status: "RESOLVED" });
  const oldReport = await createReportRow({ authorId: resident.id, categoryId: category.id, siteId: site.id });
  await db.report.update({ where: { id: oldReport.id }, data: { createdAt: new Date(Date.now() - 430 * DAY_MS) } });

  // Jobs: two done this month, one of them validated; a planned one counts nowhere.
  await createWorkOrderRow({ scheduledDate: isoDay(today), status: "DONE", doneAt: new Date() });
  const validated = await createWorkOrderRow({ scheduledDate: isoDay(today), status: "VALIDATED", doneAt: new Date() });
  await db.workOrder.update({ where: { id: validated.id }, data: { validatedAt: new Date() } });
  await createWorkOrderRow({ scheduledDate: isoDay(today) });
});

const countOf = (rows: { month: string; count: number }[], month: string) => rows.find((row) => row.month === month)?.count;

describe("the board's dashboard figures", () => {
  it("count members, attendance, mandates, volunteer hours, reports and jobs in their periods", async () => {
    const figures = await getDashboardFigures(actorOf(board));

    expect(figures.members).toEqual([
      { year: YEAR - 1, college: "RESIDENTS", members: 2 },
      { year: YEAR, college: "RESIDENTS", members: 3 },
      { year: YEAR, college: "LOCAL_AUTHORITIES", members: 1 },
    ]);

    expect(figures.attendance).toEqual([{ bodyId: boardBody.id, name: "Conseil d'administration", kind: "BOARD", meetings: 1, expected: 4, attended: 3 }]);

    // The archived body is left out.
    expect(figures.coverage.map((body) => body.bodyId).sort()).toEqual([boardBody.id, commission.id].sort());
    const boardCoverage = figures.coverage.find((body) => body.bodyId === boardBody.id)!;
    const commissionCoverage = figures.coverage.find((body) => body.bodyId === commission.id)!;
    expect(boardCoverage).toMatchObject({ bodyId: boardBody.id, filled: 3, ending: 1 });
    expect(boardCoverage.colleges).toEqual([
      { college: "RESIDENTS", filled: 2, seats: 12 },
      { college: "LOCAL_AUTHORITIES", filled: 1, seats: 2 },
      { college: "SOCIAL_LANDLORDS", filled: 0, seats: 2 },
      { college: "SOCIO_ECONOMIC_PARTNERS", filled: 0, seats: 3 },
    ]);
    expect(commissionCoverage).toMatchObject({ bodyId: commission.id, filled: 1, ending: 0, colleges: [{ college: "RESIDENTS", filled: 1, seats: null }] });
    expect(figures.endingSoon).toBe(1);
    expect(figures.hasStatutes).toBe(true);

    expect(figures.hoursMinutes).toBe(140);
    expect(figures.hoursValueCents).toBe(2000 + 333);
    expect(figures.hoursByMonth.map((row) => row.month)).toEqual(Array.from({ length: today.getUTCMonth() + 1 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, "0")}`));
    expect(figures.hoursByMonth.reduce((sum, row) => sum + row.count, 0)).toBe(140);
    expect(countOf(figures.hoursByMonth, MONTH)).toBe(MONTH === `${YEAR}-01` ? 140 : 50);

    expect(figures.months).toHaveLength(12);
    expect(figures.months.at(-1)).toBe(MONTH);
    expect(countOf(figures.activity.reportsReceived, MONTH)).toBe(2);
    expect(countOf(figures.activity.reportsResolved, MONTH)).toBe(1);
    expect(countOf(figures.activity.jobsDone, MONTH)).toBe(2);
    expect(countOf(figures.activity.jobsValidated, MONTH)).toBe(1);
    // The report of 14 months ago is in no month.
    expect(figures.activity.reportsReceived.reduce((sum, row) => sum + row.count, 0)).toBe(2);
  });

  it("are empty, not missing, on an empty database", async () => {
    await resetDatabase();
    const staff = await createUser({ roles: ["STAFF"] });
    const figures = await getDashboardFigures(actorOf(staff));
    expect(figures).toMatchObject({ members: [], attendance: [], coverage: [], endingSoon: 0, hasStatutes: false, hoursMinutes: 0, hoursValueCents: 0 });
    expect(figures.activity.reportsReceived.every((row) => row.count === 0)).toBe(true);
    await signInAs(staff);
    const markup = renderToStaticMarkup(await DashboardPage());
    expect(markup).toContain("Aucune adhésion à jour");
    expect(markup).toContain("Aucune réunion tenue");
    expect(markup).toContain("Aucune heure de bénévolat validée");
  });

  it("are refused to a resident and a partner", async () => {
    for (const roles of [["RESIDENT"], ["PARTNER"]] as const) {
      const user = await createUser({ roles: [...roles] });
      await expect(getDashboardFigures(actorOf(user))).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("the dashboard page", () => {
  it("renders for a board member: one h1, the figures and their tables, the link to the mandates", async () => {
    await signInAs(board);
    const markup = renderToStaticMarkup(await DashboardPage());
    expect((markup.match(/<h1/g) ?? []).length).toBe(1);
    expect(markup).not.toMatch(/Accès refusé/);
    expect(markup).toContain("75 % (1 réunion)");
    expect(markup).toContain("2 / 12");
    expect(markup).toContain("1 mandat se termine dans les 90 jours.");
    expect(markup).toContain(`href="${routes.governance.bodies}"`);
    expect(markup).toContain("2 h 20");
    expect(markup).toContain("<table");
    expect(markup).toContain('aria-current="page"');
    // Counts only: no member's name from the register.
    expect(markup).not.toContain("Adhérent ");
  });

  it("is refused to a resident and to a partner", async () => {
    for (const roles of [["RESIDENT"], ["PARTNER"]] as const) {
      await signInAs(await createUser({ roles: [...roles] }));
      expect(renderToStaticMarkup(await DashboardPage())).toMatch(/Accès refusé/);
    }
  });
});
