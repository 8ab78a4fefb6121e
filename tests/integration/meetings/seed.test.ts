/** The demo meetings (prisma/seed-meetings.ts) keep the rules the portal's forms keep. */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedMeetings } from "@/prisma/seed-meetings";
import { resetDatabase } from "../../helpers/database";
import { createUser } from "../../helpers/factories";
import { createBody, createMandate, createMember, createStatutes } from "../../helpers/meetings";

beforeEach(resetDatabase);

describe("the demo meetings", () => {
  it("hold three years of meetings with consistent attendance, votes and minutes", async () => {
    const staff = await createUser({ roles: ["STAFF"] });
    await createStatutes({ proxiesPerPerson: 1 });
    const board = await createBody({ kind: "BOARD", name: "Conseil d'administration" });
    await createBody({ kind: "GENERAL_ASSEMBLY", name: "Assemblée générale" });
    await createBody({ kind: "BUREAU", name: "Bureau" });
    const year = new Date().getUTCFullYear();
    for (let i = 0; i < 12; i++) {
      const member = await createMember({ year });
      if (i < 9) await createMandate({ memberId: member.id, bodyId: board.id, startsOn: `${year - 3}-01-01` });
    }
    await seedMeetings(db, { staffId: staff.id });

    const boardMeetings = await db.meeting.findMany({ where: { bodyId: board.id }, orderBy: { startsAt: "asc" }, select: { status: true, minutesStatus: true, startsAt: true } });
    expect(boardMeetings.length).toBeGreaterThanOrEqual(13);
    expect(boardMeetings.at(-1)?.status).toBe("CONVENED");
    const held = boardMeetings.filter((m) => m.status === "HELD");
    expect(held.at(-1)?.minutesStatus).toBe("DRAFT");
    expect(held.at(-2)?.minutesStatus).toBe("APPROVED");
    expect(held.at(-3)?.minutesStatus).toBe("PUBLISHED");
    expect(await db.meeting.count({ where: { status: "PLANNED", body: { kind: "GENERAL_ASSEMBLY" }, startsAt: { gt: new Date() } } })).toBe(1);

    const proxies = await db.meetingAttendance.groupBy({ by: ["meetingId", "proxyHolderId"], where: { proxyHolderId: { not: null } }, _count: true });
    expect(proxies.length).toBeGreaterThan(0);
    expect(proxies.every((p) => p._count <= 1)).toBe(true);
    const decisions = await db.decision.findMany({ select: { votesFor: true, votesAgainst: true, votesAbstain: true, outcome: true, meeting: { select: { attendances: { select: { status: true } } } } } });
    expect(decisions.length).toBeGreaterThan(10);
    for (const d of decisions) {
      const voices = d.meeting.attendances.filter((a) => a.status === "PRESENT" || a.status === "REPRESENTED").length;
      expect(d.votesFor + d.votesAgainst + d.votesAbstain).toBeLessThanOrEqual(voices);
      expect(d.outcome).toBe(d.votesFor > d.votesAgainst ? "ADOPTED" : "REJECTED");
    }
  });
});
