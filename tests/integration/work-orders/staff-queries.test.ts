/**
 * Staff's reads of jobs (lib/work-orders/queries/staff.ts and planning.ts) check
 * `work-orders:manage` themselves, as the contracts' reads check `contracts:view`: a page, an
 * action or a route handler that forgot to ask still hands nothing to a partner (not even its own
 * jobs, which it reads through its own queries), an employee (not even their team's week), a board
 * member, a resident or the portal administrator; nobody signed in is told to sign in.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError, UnauthenticatedError } from "@/lib/core/errors";
import type { Actor } from "@/lib/authz/policy";
import {
  countWorkToHandle,
  getReportForJob,
  getWorkOrderForStaff,
  listAssignmentOptions,
  listCreationOptions,
  listFilterOptions,
  listJobsOfReport,
  listWorkOrders,
} from "@/lib/work-orders/queries/staff";
import { getTeamWeek } from "@/lib/work-orders/queries/planning";
import { workOrderFilterSchema } from "@/lib/work-orders/schemas";
import { resetDatabase } from "../../helpers/database";
import { actorOf, createPartner, createTerritory, createUser } from "../../helpers/factories";
import { createCategory, createReportRow } from "../../helpers/reports";
import { createEmployee, createJob, createTeam, day } from "../../helpers/work-orders";

let fixture: { partnerId: string; teamId: string; jobId: string; reportId: string };

beforeEach(async () => {
  await resetDatabase();
  const partnerId = (await createPartner()).id;
  const territory = await createTerritory({ ownerPartnerId: partnerId });
  const author = await createUser();
  const report = await createReportRow({ authorId: author.id, categoryId: (await createCategory()).id, siteId: territory.site.id });
  const teamId = (await createTeam()).id;
  const job = await createJob({ partnerId, teamId, siteId: territory.site.id, reportId: report.id, scheduledDate: "2026-12-08" });
  fixture = { partnerId, teamId, jobId: job.id, reportId: report.id };
});

/** Every staff read of jobs, called as `actor`. */
function staffReads(actor: Actor | null) {
  return {
    countWorkToHandle: () => countWorkToHandle(actor),
    listWorkOrders: () => listWorkOrders(actor, workOrderFilterSchema.parse({})),
    getWorkOrderForStaff: () => getWorkOrderForStaff(actor, fixture.jobId),
    listJobsOfReport: () => listJobsOfReport(actor, fixture.reportId),
    listAssignmentOptions: () => listAssignmentOptions(actor),
    listCreationOptions: () => listCreationOptions(actor),
    listFilterOptions: () => listFilterOptions(actor),
    getReportForJob: () => getReportForJob(actor, fixture.reportId),
    getTeamWeek: () => getTeamWeek(actor, fixture.teamId, day("2026-12-07")),
  };
}

const OUTSIDERS: [string, Role[]][] = [
  ["a partner", ["PARTNER"]],
  ["an employee of the job's team", ["RESIDENT", "EMPLOYEE"]],
  ["a board member", ["RESIDENT", "MEMBER", "BOARD_MEMBER"]],
  ["a resident", ["RESIDENT"]],
  ["the portal administrator", ["ADMIN"]],
];

/** The outsider as the session would give them: the job's partner's person, the team's employee. */
async function outsider(roles: Role[]): Promise<Actor> {
  const user = await createUser({ roles, ...(roles.includes("PARTNER") ? { partnerId: fixture.partnerId } : {}) });
  if (roles.includes("EMPLOYEE")) await createEmployee({ teamId: fixture.teamId, userId: user.id });
  return actorOf({ ...user, roles });
}

describe.each(OUTSIDERS)("%s", (_, roles) => {
  it("is refused every staff read of jobs", async () => {
    const actor = await outsider(roles);
    for (const [name, read] of Object.entries(staffReads(actor))) {
      await expect(read(), name).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("staff", () => {
  it("reach them all", async () => {
    const actor = actorOf(await createUser({ roles: ["STAFF"] }));
    const reads = staffReads(actor);
    expect((await reads.listWorkOrders()).rows.map((row) => row.id)).toEqual([fixture.jobId]);
    expect((await reads.getWorkOrderForStaff())?.id).toBe(fixture.jobId);
    expect((await reads.listJobsOfReport()).map((job) => job.id)).toEqual([fixture.jobId]);
    expect((await reads.getReportForJob())?.id).toBe(fixture.reportId);
    expect((await reads.getTeamWeek()).jobs.map((job) => job.id)).toEqual([fixture.jobId]);
    for (const read of Object.values(reads)) await expect(read()).resolves.toBeDefined();
  });
});

describe("nobody signed in", () => {
  it("is told to sign in", async () => {
    for (const [name, read] of Object.entries(staffReads(null))) {
      await expect(read(), name).rejects.toBeInstanceOf(UnauthenticatedError);
    }
  });
});
