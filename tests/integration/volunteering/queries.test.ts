/** The volunteering reads: staff-only, filtered and paginated in SQL; the volunteer's own. */
import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/core/errors";
import { getMissionForStaff, listHoursForReview, listMissions, listVolunteers } from "@/lib/volunteering/queries/staff";
import { listMyConfirmedMissions, listMyHours, listOpenMissions } from "@/lib/volunteering/queries/mine";
import { resetDatabase } from "../../helpers/database";
import { actorOf, createUser, type TestUser } from "../../helpers/factories";
import { createActivityRow, createHoursRow, createMissionRow, createProfileRow, createSignupRow } from "../../helpers/volunteering";

let staff: TestUser;
let volunteer: TestUser;

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ roles: ["STAFF"] });
  volunteer = await createUser({ name: "Jeanne Volontaire", roles: ["VOLUNTEER"] });
});

describe("staff reads", () => {
  it("are refused to anyone but staff", async () => {
    const actor = actorOf(volunteer);
    await expect(listMissions(actor, { when: "upcoming", page: 1 })).rejects.toThrow(ForbiddenError);
    await expect(listHoursForReview(actor, { page: 1 })).rejects.toThrow(ForbiddenError);
    await expect(getMissionForStaff(actor, "x")).rejects.toThrow(ForbiddenError);
    await expect(listVolunteers(null)).rejects.toThrow();
  });

  it("list upcoming and past missions apart, with places taken", async () => {
    const soon = await createMissionRow({ inHours: 24, places: 2 });
    await createMissionRow({ inHours: 48 });
    await createMissionRow({ inHours: -48 });
    await createSignupRow(soon.id, volunteer.id);
    await createSignupRow(soon.id, (await createUser({ roles: ["VOLUNTEER"] })).id, "WITHDRAWN");

    const upcoming = await listMissions(actorOf({ ...staff, roles: ["STAFF"] }), { when: "upcoming", page: 1 });
    expect(upcoming.total).toBe(2);
    expect(upcoming.rows[0]).toMatchObject({ id: soon.id, confirmed: 1, places: 2 });
    expect((await listMissions(actorOf({ ...staff, roles: ["STAFF"] }), { when: "past", page: 1 })).total).toBe(1);
  });

  it("give the waiting list in the order people signed up", async () => {
    const mission = await createMissionRow({ places: 1 });
    const [later, earlier] = [await createUser({ name: "Plus tard" }), await createUser({ name: "Plus tôt" })];
    await createSignupRow(mission.id, volunteer.id);
    await createSignupRow(mission.id, later.id, "WAITLISTED", new Date(Date.now() - 1000));
    await createSignupRow(mission.id, earlier.id, "WAITLISTED", new Date(Date.now() - 9000));

    const page = await getMissionForStaff(actorOf({ ...staff, roles: ["STAFF"] }), mission.id);
    expect(page?.signups.map((s) => [s.user.name, s.status])).toEqual([
      ["Plus tôt", "WAITLISTED"],
      ["Plus tard", "WAITLISTED"],
      ["Jeanne Volontaire", "CONFIRMED"],
    ]);
  });

  it("filter hours by status, volunteer and month", async () => {
    const other = await createUser({ roles: ["VOLUNTEER"] });
    await createProfileRow(volunteer.id);
    await createHoursRow({ userId: volunteer.id, day: "2026-03-14" });
    await createHoursRow({ userId: volunteer.id, day: "2026-04-02", status: "VALIDATED" });
    await createHoursRow({ userId: other.id, day: "2026-03-20" });
    const actor = actorOf({ ...staff, roles: ["STAFF"] });

    expect((await listHoursForReview(actor, { status: "SUBMITTED", page: 1 })).total).toBe(2);
    expect((await listHoursForReview(actor, { userId: volunteer.id, page: 1 })).total).toBe(2);
    expect((await listHoursForReview(actor, { month: "2026-03", page: 1 })).total).toBe(2);
    expect((await listHoursForReview(actor, { month: "2026-04", userId: other.id, page: 1 })).total).toBe(0);
    expect((await listVolunteers(actor)).map((v) => v.userId)).toEqual([volunteer.id]);
  });
});

describe("the volunteer's own reads", () => {
  it("show open future missions with their own sign-up, and only their own hours", async () => {
    const activity = await createActivityRow();
    const open = await createMissionRow({ activityId: activity.id });
    await createMissionRow({ activityId: activity.id, status: "CANCELLED" });
    const past = await createMissionRow({ activityId: activity.id, inHours: -30 });
    await createSignupRow(open.id, volunteer.id, "WAITLISTED");
    await createSignupRow(past.id, volunteer.id, "CONFIRMED");
    await createHoursRow({ userId: volunteer.id, activityId: activity.id });
    await createHoursRow({ userId: staff.id, activityId: activity.id });
    const actor = actorOf(volunteer);

    expect((await listOpenMissions(actor)).map((m) => [m.id, m.mine])).toEqual([[open.id, "WAITLISTED"]]);
    expect((await listMyConfirmedMissions(actor)).map((m) => m.id)).toEqual([past.id]);
    expect((await listMyHours(actor, 1)).total).toBe(1);
  });
});
