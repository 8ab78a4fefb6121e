/**
 * The whole table of report moves (lib/reports/model.ts `reportMoves`), walked through the real
 * commands: for each actor kind (staff, a partner the report was routed to, its author), each
 * status a report can be in and each status it could be led to, the command that leads there is
 * tried. It must succeed exactly when the table has that move for that kind, writing the status,
 * the dates the move sets or empties, one timeline event and one audit row; otherwise it is refused
 * with the French message of that audience and nothing changes. A target no command of that
 * audience can even ask for must be absent from the table for that kind.
 * (tests/unit/reports/moves.test.ts checks the table itself against the rules it replaced.)
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";
import { ValidationError } from "@/lib/core/errors";
import { findMove, type Moves } from "@/lib/core/moves";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { respondToResolution } from "@/lib/reports/commands/author";
import { setStatusAsPartner } from "@/lib/reports/commands/partner";
import { markReportDuplicate, routeReport, setReportStatus } from "@/lib/reports/commands/staff";
import { statusNotAllowed } from "@/lib/reports/lifecycle";
import { NOT_RESOLVED, REPORT_STATUSES, REPORT_STATUS_LABELS, reportMoves, type ReportActorKind } from "@/lib/reports/model";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, createPartner, createTerritory, createUser } from "../../helpers/factories";
import { createCategory, createReportRow } from "../../helpers/reports";

const DAY = 24 * 60 * 60 * 1000;
const EARLIER = new Date(Date.now() - 10 * DAY);
const DATE_FIELDS = ["acknowledgedAt", "resolvedAt", "closedAt", "reopenedAt"] as const;
const REJECTION = "Hors périmètre de la Régie.";
const NOT_FIXED = "La porte ne ferme toujours pas.";

type Fixture = {
  staff: Actor;
  partner: Actor;
  author: Actor;
  partnerId: string;
  base: { categoryId: string; siteId: string; buildingId: string; areaId: string };
  /** An open public report of someone else, the original of the duplicates. */
  original: { number: number };
};
let f: Fixture;


beforeAll(async () => {
  await resetDatabase();
  const partner = await createPartner();
  const territory = await createTerritory({ ownerPartnerId: partner.id });
  const base = { categoryId: (await createCategory()).id, siteId: territory.site.id, buildingId: territory.building.id, areaId: territory.area.id };
  const neighbour = await createUser({ name: "Yves Petit" });
  const original = await createReportRow({ ...base, authorId: neighbour.id, status: "ACKNOWLEDGED" });
  f = {
    staff: actorOf(await createUser({ name: "Claire Agent", roles: ["STAFF"] })),
    partner: actorOf(await createUser({ roles: ["PARTNER"], partnerId: partner.id })),
    author: actorOf(await createUser({ name: "Amina Benali" })),
    partnerId: partner.id,
    base,
    original,
  };
});

/**
 * A report of the author, routed to the partner, in `status`, with the dates a report in that
 * status has (a resolution from yesterday, so that its author may still say it is not fixed).
 */
async function reportIn(status: ReportStatus) {
  const report = await createReportRow({ ...f.base, authorId: f.author.id, status, resolvedAt: null });
  const dealtWith = status !== "NEW";
  await db.report.update({
    where: { id: report.id },
    data: {
      partnerId: f.partnerId,
      acknowledgedAt: dealtWith ? EARLIER : null,
      resolvedAt: status === "RESOLVED" ? new Date(Date.now() - DAY) : status === "CLOSED" ? EARLIER : null,
      closedAt: status === "CLOSED" ? EARLIER : null,
      rejectionReason: status === "REJECTED" ? "Une raison plus ancienne." : null,
    },
  });
  return report;
}

type Attempt = (reportId: string) => Promise<unknown>;

/** The command each audience has to lead a report to a status; none where it has no way to ask. */
function commandFor(kind: ReportActorKind, to: ReportStatus): Attempt | null {
  const target = (reportId: string) => ({ reportId, version: 0 });
  switch (kind) {
    case "staff":
      if (to === "ROUTED") return (id) => routeReport({ actor: f.staff }, { ...target(id), partnerId: f.partnerId, comment: null, shareContact: false });
      if (to === "DUPLICATE") return (id) => markReportDuplicate({ actor: f.staff }, { ...target(id), duplicateOfNumber: f.original.number });
      // NEW is no status the form offers: asked anyway, the command must refuse it from the table.
      return (id) => setReportStatus({ actor: f.staff }, { ...target(id), status: to as "ACKNOWLEDGED", comment: to === "REJECTED" ? REJECTION : null });
    case "partner":
      if (to === "PLANNED") return (id) => setStatusAsPartner({ actor: f.partner }, { ...target(id), action: "take-in-hand", comment: null });
      if (to === "RESOLVED") return (id) => setStatusAsPartner({ actor: f.partner }, { ...target(id), action: "resolve", comment: null });
      return null;
    case "author":
      if (to === "CLOSED") return (id) => respondToResolution({ actor: f.author }, { ...target(id), decision: "fixed", comment: null });
      if (to === "ACKNOWLEDGED") return (id) => respondToResolution({ actor: f.author }, { ...target(id), decision: "not-fixed", comment: NOT_FIXED });
      return null;
  }
}

function refusal(kind: ReportActorKind, from: ReportStatus, to: ReportStatus) {
  if (kind === "partner") return `Ce signalement est « ${REPORT_STATUS_LABELS[from]} » : cette action n'est pas possible.`;
  if (kind === "author") return NOT_RESOLVED;
  return statusNotAllowed(from, to);
}

function auditAction(kind: ReportActorKind, to: ReportStatus) {
  if (kind === "partner") return to === "PLANNED" ? "report.partner-take-in-hand" : "report.partner-resolve";
  if (kind === "author") return to === "CLOSED" ? "report.confirm-fixed" : "report.reopen";
  if (to === "ROUTED") return "report.route";
  if (to === "DUPLICATE") return "report.duplicate";
  return `report.status.${to.toLowerCase()}`;
}

const actorFor = (kind: ReportActorKind) => (kind === "staff" ? f.staff : kind === "partner" ? f.partner : f.author);

const CASES = (["staff", "partner", "author"] as const).flatMap((kind) =>
  REPORT_STATUSES.flatMap((from) => REPORT_STATUSES.map((to) => ({ kind, from, to, move: findMove(reportMoves, kind, from, to) }))),
);

describe.each(["staff", "partner", "author"] as const)("every move of %s", (kind) => {
  const cases = CASES.filter((c) => c.kind === kind);

  it.each(cases.map((c) => [`${c.from} → ${c.to}`, c] as const))("%s", async (_title, { from, to, move }) => {
    const attempt = commandFor(kind, to);
    if (!attempt) {
      // No command of this audience can ask for it: the table must not offer it either.
      expect(move).toBeNull();
      return;
    }
    const report = await reportIn(from);
    const before = await db.report.findUniqueOrThrow({ where: { id: report.id } });

    if (!move) {
      const snapshot = await databaseSnapshot();
      const error = await attempt(report.id).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toBe(refusal(kind, from, to));
      expect(await databaseSnapshot()).toEqual(snapshot);
      return;
    }

    const start = new Date();
    await attempt(report.id);

    const rule = (reportMoves as Moves<ReportStatus, ReportActorKind>)[move];
    const after = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(after).toMatchObject({ status: to, version: 1 });
    for (const field of DATE_FIELDS) {
      const set = rule.sets?.includes(field) || (rule.setsOnce?.includes(field) && before[field] === null);
      if (set) expect(after[field]?.getTime(), field).toBeGreaterThanOrEqual(start.getTime());
      else if (rule.clears?.includes(field)) expect(after[field], field).toBeNull();
      else expect(after[field], field).toEqual(before[field]);
    }
    expect(after.rejectionReason).toBe(to === "REJECTED" ? REJECTION : rule.clears?.includes("rejectionReason") ? null : before.rejectionReason);

    const events = await db.reportEvent.findMany({ where: { reportId: report.id, kind: { not: "CREATED" } } });
    expect(events).toMatchObject([{ kind: to === "ROUTED" ? "ROUTED" : "STATUS_CHANGED", fromStatus: from, toStatus: to, actorId: actorFor(kind).id, visibility: "PUBLIC" }]);
    const audit = await db.auditLog.findMany({ where: { entityId: report.id } });
    expect(audit).toMatchObject([{ action: auditAction(kind, to), actorId: actorFor(kind).id, entityType: "Report" }]);
    // The author is told of what others do, never of their own answer.
    const notices = await db.notification.findMany({ where: { reportId: report.id }, select: { userId: true, kind: true } });
    if (kind === "author") expect(notices).toEqual([]);
    else expect(notices).toEqual([{ userId: f.author.id, kind: move === "reopen" ? "REPORT_REOPENED" : "REPORT_STATUS" }]);
  });
});
