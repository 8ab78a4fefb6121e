/**
 * Sign-ups: through the volunteer's actions against the database — confirmed while places remain,
 * then the waiting list, the first waiting moved up (and told) when a confirmed volunteer
 * withdraws, the row reused on a new sign-up, refusals that change nothing, and two volunteers
 * racing for the last place.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signUpForMissionAction, withdrawFromMissionAction } from "@/app/espace/benevolat/actions";
import { ALREADY_SIGNED_UP, MISSION_CANCELLED_SIGNUP, MISSION_STARTED, NOT_SIGNED_UP, signUp } from "@/lib/volunteering/commands/signups";
import { routes } from "@/lib/routes";
import { callAction, expectRefused } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createUser, type TestUser } from "../../helpers/factories";
import { mailsTo } from "../../helpers/mail";
import { redirectPathOf } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";
import { createMissionRow, createSignupRow, volunteerNotifications } from "../../helpers/volunteering";

let volunteer: TestUser;

beforeEach(async () => {
  await resetDatabase();
  volunteer = await createUser({ name: "Jeanne Volontaire", roles: ["RESIDENT", "VOLUNTEER"] });
  await signInAs(volunteer);
});

const signupOf = (missionId: string, userId: string) => db.missionSignup.findUnique({ where: { missionId_userId: { missionId, userId } }, select: { id: true, status: true, withdrawnAt: true } });

describe("signing up", () => {
  it("confirms while places remain, with its audit row", async () => {
    const mission = await createMissionRow({ places: 1 });

    expect(await redirectPathOf(callAction(signUpForMissionAction, { missionId: mission.id }))).toBe(routes.mine.volunteeringDone("inscrit"));

    expect(await signupOf(mission.id, volunteer.id)).toMatchObject({ status: "CONFIRMED" });
    expect(await auditRows({ action: "volunteer.signup.create" })).toHaveLength(1);
  });

  it("puts on the waiting list when the mission is full", async () => {
    const mission = await createMissionRow({ places: 1 });
    await createSignupRow(mission.id, (await createUser({ roles: ["VOLUNTEER"] })).id);

    expect(await redirectPathOf(callAction(signUpForMissionAction, { missionId: mission.id }))).toBe(routes.mine.volunteeringDone("attente"));
    expect(await signupOf(mission.id, volunteer.id)).toMatchObject({ status: "WAITLISTED" });
  });

  it("refuses a second sign-up, a past or cancelled mission, and an unknown one, changing nothing", async () => {
    const mine = await createMissionRow();
    await createSignupRow(mine.id, volunteer.id);
    const past = await createMissionRow({ inHours: -2 });
    const cancelled = await createMissionRow({ status: "CANCELLED" });
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(signUpForMissionAction, { missionId: mine.id }))).formError).toBe(ALREADY_SIGNED_UP);
    expect((await expectRefused(callAction(signUpForMissionAction, { missionId: past.id }))).formError).toBe(MISSION_STARTED);
    expect((await expectRefused(callAction(signUpForMissionAction, { missionId: cancelled.id }))).formError).toBe(MISSION_CANCELLED_SIGNUP);
    expect((await expectRefused(callAction(signUpForMissionAction, { missionId: "inconnue" }))).formError).toBe("Mission introuvable.");
    expect((await expectRefused(callAction(signUpForMissionAction, { missionId: "" }))).fieldErrors?.missionId).toEqual(["Identifiant manquant."]);
    expect((await expectRefused(callAction(signUpForMissionAction, { missionId: mine.id, userId: "autre" }))).formError).toMatch(/champs inattendus/);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("never gives the last place to two volunteers signing up at once", async () => {
    const mission = await createMissionRow({ places: 1 });
    const people = await Promise.all(Array.from({ length: 5 }, (_, i) => createUser({ name: `Bénévole ${i}`, roles: ["VOLUNTEER"] })));

    const results = await Promise.all(people.map((person) => signUp({ actor: actorOf(person) }, { missionId: mission.id })));

    expect(results.filter((r) => r.status === "CONFIRMED")).toHaveLength(1);
    expect(results.filter((r) => r.status === "WAITLISTED")).toHaveLength(4);
    expect(await db.missionSignup.count({ where: { missionId: mission.id, status: "CONFIRMED" } })).toBe(1);
  });
});

describe("withdrawing", () => {
  it("moves the first of the waiting list up and tells them, in the portal and by mail", async () => {
    const mission = await createMissionRow({ places: 1, title: "Fête des voisins" });
    await createSignupRow(mission.id, volunteer.id, "CONFIRMED");
    const first = await createUser({ name: "Premier Attente", roles: ["VOLUNTEER"] });
    const second = await createUser({ name: "Second Attente", roles: ["VOLUNTEER"] });
    await createSignupRow(mission.id, second.id, "WAITLISTED", new Date(Date.now() - 1000));
    await createSignupRow(mission.id, first.id, "WAITLISTED", new Date(Date.now() - 5000));

    expect(await redirectPathOf(callAction(withdrawFromMissionAction, { missionId: mission.id, confirm: "on" }))).toBe(routes.mine.volunteeringDone("desinscrit"));

    expect(await signupOf(mission.id, volunteer.id)).toMatchObject({ status: "WITHDRAWN", withdrawnAt: expect.any(Date) });
    expect(await signupOf(mission.id, first.id)).toMatchObject({ status: "CONFIRMED" });
    expect(await signupOf(mission.id, second.id)).toMatchObject({ status: "WAITLISTED" });
    expect(mailsTo(first.email).map((m) => m.subject)).toEqual(["Une place s'est libérée : Fête des voisins"]);
    expect(mailsTo(second.email)).toEqual([]);
    expect(await volunteerNotifications()).toEqual([{ userId: first.id, text: expect.stringContaining("vous êtes inscrit·e") }]);
  });

  it("moves nobody up when a waiting volunteer withdraws", async () => {
    const mission = await createMissionRow({ places: 1 });
    const confirmed = await createUser({ roles: ["VOLUNTEER"] });
    await createSignupRow(mission.id, confirmed.id, "CONFIRMED");
    await createSignupRow(mission.id, volunteer.id, "WAITLISTED");

    await redirectPathOf(callAction(withdrawFromMissionAction, { missionId: mission.id, confirm: "on" }));

    expect(await db.missionSignup.count({ where: { missionId: mission.id, status: "CONFIRMED" } })).toBe(1);
    expect(await signupOf(mission.id, volunteer.id)).toMatchObject({ status: "WITHDRAWN" });
  });

  it("reuses the row when signing up again, at the end of the waiting list", async () => {
    const mission = await createMissionRow({ places: 1 });
    const { id } = await createSignupRow(mission.id, volunteer.id, "CONFIRMED");
    await redirectPathOf(callAction(withdrawFromMissionAction, { missionId: mission.id, confirm: "on" }));
    await createSignupRow(mission.id, (await createUser({ roles: ["VOLUNTEER"] })).id, "CONFIRMED");

    await redirectPathOf(callAction(signUpForMissionAction, { missionId: mission.id }));

    expect(await signupOf(mission.id, volunteer.id)).toEqual({ id, status: "WAITLISTED", withdrawnAt: null });
    expect(await db.missionSignup.count({ where: { missionId: mission.id } })).toBe(2);
  });

  it("refuses when not signed up, or once the mission started, changing nothing", async () => {
    const other = await createMissionRow();
    const started = await createMissionRow({ inHours: -1 });
    await createSignupRow(started.id, volunteer.id);
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(withdrawFromMissionAction, { missionId: started.id }))).fieldErrors?.confirm).toEqual(["Cochez la case pour confirmer."]);
    expect((await expectRefused(callAction(withdrawFromMissionAction, { missionId: other.id, confirm: "on" }))).formError).toBe(NOT_SIGNED_UP);
    expect((await expectRefused(callAction(withdrawFromMissionAction, { missionId: started.id, confirm: "on" }))).formError).toBe(MISSION_STARTED);
    expect(await databaseSnapshot()).toEqual(before);
  });
});
