/**
 * The CHECK constraints of prisma/migrations/20261203044000_association_checks: the database
 * itself refuses a row that breaks a rule of membership, governance or volunteering, whatever
 * code writes it (a script, a seed, a future command that forgets a check), and keeps the rows
 * that follow the rules.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "../../helpers/database";
import { createUser } from "../../helpers/factories";
import { createBoard, createMeetingRow, createStatutes } from "../../helpers/meetings";
import { createMemberRow } from "../../helpers/membership";
import { createActivityRow, createHoursRow, createMissionRow } from "../../helpers/volunteering";

beforeEach(async () => {
  await resetDatabase();
});

/** The write fails, naming the constraint that refused it, and leaves nothing behind. */
async function refusedBy(constraint: string, write: Promise<unknown>) {
  await expect(write).rejects.toThrow(constraint);
}

describe("the database's own rules", () => {
  it("refuses a negative fee amount and a negative membership fee", async () => {
    await refusedBy("MembershipFee_amount_check", db.membershipFee.create({ data: { year: 2026, college: "RESIDENTS", amountCents: -100 } }));
    expect(await db.membershipFee.count()).toBe(0);
    await db.membershipFee.create({ data: { year: 2026, college: "RESIDENTS", amountCents: 0 } });
    const member = await createMemberRow();
    await refusedBy("Membership_fee_check", db.membership.create({ data: { memberId: member.id, year: 2026, college: "RESIDENTS", feeCents: -1, source: "PAPER" } }));
    expect(await db.membership.count()).toBe(0);
  });

  it("refuses an organisation with neither partner nor representative", async () => {
    await refusedBy("Member_kind_check", createMemberRow({ kind: "ORGANISATION", name: "Association sans représentant" }));
    await createMemberRow({ kind: "ORGANISATION", name: "Association des locataires", representativeName: "Mme Diallo" });
    expect(await db.member.count()).toBe(1);
  });

  it("refuses a meeting ending before it starts, a proxy without holder or to oneself, negative votes, a quorum above 100 %", async () => {
    await createStatutes();
    const { body, members } = await createBoard(2);
    await refusedBy(
      "Meeting_dates_check",
      db.meeting.create({ data: { bodyId: body.id, startsAt: new Date("2026-12-10T18:00:00Z"), endsAt: new Date("2026-12-10T17:00:00Z"), place: "Salle", agenda: "Budget" } }),
    );
    const meeting = await createMeetingRow({ bodyId: body.id, status: "HELD" });
    const [a, b] = members.map((m) => m.id);
    await refusedBy("MeetingAttendance_proxy_check", db.meetingAttendance.create({ data: { meetingId: meeting.id, memberId: a, status: "REPRESENTED" } }));
    await refusedBy("MeetingAttendance_proxy_check", db.meetingAttendance.create({ data: { meetingId: meeting.id, memberId: a, status: "REPRESENTED", proxyHolderId: a } }));
    await refusedBy("MeetingAttendance_proxy_check", db.meetingAttendance.create({ data: { meetingId: meeting.id, memberId: a, status: "PRESENT", proxyHolderId: b } }));
    await db.meetingAttendance.create({ data: { meetingId: meeting.id, memberId: a, status: "REPRESENTED", proxyHolderId: b } });
    await refusedBy(
      "Decision_votes_check",
      db.decision.create({ data: { meetingId: meeting.id, number: 1, title: "Budget", text: "Adopté.", votesFor: 3, votesAgainst: -1, votesAbstain: 0, outcome: "ADOPTED" } }),
    );
    await refusedBy("StatutesVersion_numbers_check", db.statutesVersion.updateMany({ data: { quorumBoardPercent: 120 } }));
    expect(await db.decision.count()).toBe(0);
    expect((await db.statutesVersion.findFirstOrThrow()).quorumBoardPercent).toBe(50);
  });

  it("refuses a mission without places, a negative hourly rate, a day of more than 24 hours", async () => {
    const activity = await createActivityRow();
    await refusedBy("VolunteerMission_check", createMissionRow({ activityId: activity.id, places: 0 }));
    await refusedBy("VolunteerActivity_rate_check", db.volunteerActivity.update({ where: { id: activity.id }, data: { hourlyRateCents: -1 } }));
    const volunteer = await createUser({ roles: ["VOLUNTEER"] });
    await refusedBy("VolunteerHours_minutes_check", createHoursRow({ userId: volunteer.id, activityId: activity.id, minutes: 1441 }));
    await refusedBy("VolunteerHours_minutes_check", createHoursRow({ userId: volunteer.id, activityId: activity.id, minutes: 0 }));
    await createHoursRow({ userId: volunteer.id, activityId: activity.id, minutes: 1440 });
    expect(await db.volunteerHours.count()).toBe(1);
    expect(await db.volunteerMission.count()).toBe(0);
  });
});
