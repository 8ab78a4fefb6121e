/**
 * Staff's missions and activities, the volunteer's profile, the reminders of the day before and
 * the year's totals, against the database.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveVolunteerProfileAction } from "@/app/espace/benevolat/actions";
import {
  archiveVolunteerActivityAction,
  cancelVolunteerMissionAction,
  createVolunteerActivityAction,
  createVolunteerMissionAction,
  updateVolunteerActivityAction,
  updateVolunteerMissionAction,
} from "@/app/gestion/benevolat/actions";
import { DUPLICATE_ACTIVITY, UNKNOWN_ACTIVITY } from "@/lib/volunteering/commands/activities";
import { MISSION_CANCELLED, placesBelowConfirmed } from "@/lib/volunteering/commands/missions";
import { remindTomorrowsVolunteers } from "@/lib/volunteering/commands/reminders";
import { MISSION_CONFLICT } from "@/lib/volunteering/lifecycle";
import { parisInstant } from "@/lib/core/calendar";
import { yearTotals } from "@/lib/volunteering/queries/totals";
import { routes } from "@/lib/routes";
import { callAction, expectRefused, type Fields } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { auditRows, createUser, type TestUser } from "../../helpers/factories";
import { mailsTo } from "../../helpers/mail";
import { redirectPathOf } from "../../helpers/reports";
import { currentUserId, signInAs } from "../../helpers/session";
import { createActivityRow, createHoursRow, createMissionRow, createSignupRow, volunteerNotifications } from "../../helpers/volunteering";
import { getCurrentActor } from "@/lib/auth/session";
import { GET as totalsCsvRoute } from "@/app/gestion/benevolat/bilan/csv/route";

let staff: TestUser;

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ name: "Claire Agent", roles: ["STAFF"] });
  await signInAs(staff);
});

const missionFields = (activityId: string, overrides: Fields = {}): Fields => ({
  title: "Atelier compost",
  description: "Retourner le compost et préparer les bacs.",
  activityId,
  day: "2027-04-10",
  startTime: "09:00",
  endTime: "12:00",
  place: "Jardin des Lilas",
  places: "2",
  ...overrides,
});

describe("activities", () => {
  it("are created with their hourly value, renamed and archived", async () => {
    await redirectPathOf(callAction(createVolunteerActivityAction, { name: "Animation", hourlyRate: "12,50" }));
    const activity = await db.volunteerActivity.findFirstOrThrow({ select: { id: true, hourlyRateCents: true } });
    expect(activity.hourlyRateCents).toBe(1250);

    await redirectPathOf(callAction(updateVolunteerActivityAction, { activityId: activity.id, name: "Animation de rue", hourlyRate: "14" }));
    await redirectPathOf(callAction(archiveVolunteerActivityAction, { activityId: activity.id }));

    expect(await db.volunteerActivity.findUniqueOrThrow({ where: { id: activity.id }, select: { name: true, hourlyRateCents: true, archivedAt: true } })).toMatchObject({
      name: "Animation de rue",
      hourlyRateCents: 1400,
      archivedAt: expect.any(Date),
    });
    expect(await auditRows({ entityId: activity.id })).toHaveLength(3);
  });

  it("refuse a taken name and a bad amount, changing nothing", async () => {
    await createActivityRow({ name: "Jardinage partagé", hourlyRateCents: 1200 });
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(createVolunteerActivityAction, { name: "Jardinage partagé", hourlyRate: "15" }))).fieldErrors?.name).toEqual([DUPLICATE_ACTIVITY]);
    expect((await expectRefused(callAction(createVolunteerActivityAction, { name: "Cuisine", hourlyRate: "12.5.0" }))).fieldErrors?.hourlyRate).toBeDefined();
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("missions", () => {
  it("are posted in Paris time, once even if sent twice", async () => {
    const activity = await createActivityRow();
    const path = await redirectPathOf(callAction(createVolunteerMissionAction, missionFields(activity.id)));
    await redirectPathOf(callAction(createVolunteerMissionAction, missionFields(activity.id)));

    const missions = await db.volunteerMission.findMany({ select: { id: true, startsAt: true, endsAt: true, places: true, status: true, createdById: true } });
    expect(missions).toHaveLength(1);
    expect(missions[0]).toMatchObject({ startsAt: new Date("2027-04-10T07:00:00Z"), endsAt: new Date("2027-04-10T10:00:00Z"), places: 2, status: "OPEN", createdById: staff.id });
    expect(path).toBe(routes.staff.volunteerMission(missions[0].id, "creee"));
  });

  it("refuse bad input and an archived activity, changing nothing", async () => {
    const archived = await createActivityRow({ archived: true });
    const active = await createActivityRow();
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(createVolunteerMissionAction, missionFields(archived.id)))).fieldErrors?.activityId).toEqual([UNKNOWN_ACTIVITY]);
    const bad = await expectRefused(callAction(createVolunteerMissionAction, missionFields(active.id, { title: "", places: "0", endTime: "08:00" })));
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["places", "title"]);
    expect((await expectRefused(callAction(createVolunteerMissionAction, missionFields(active.id, { endTime: "08:00" })))).fieldErrors?.endTime).toBeDefined();
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("may not have fewer places than volunteers confirmed; more places move the waiting list up", async () => {
    const mission = await createMissionRow({ places: 2 });
    const [a, b, waiting] = await Promise.all([createUser({ roles: ["VOLUNTEER"] }), createUser({ roles: ["VOLUNTEER"] }), createUser({ roles: ["VOLUNTEER"] })]);
    await createSignupRow(mission.id, a.id);
    await createSignupRow(mission.id, b.id);
    await createSignupRow(mission.id, waiting.id, "WAITLISTED");
    const before = await databaseSnapshot();

    const refused = await expectRefused(callAction(updateVolunteerMissionAction, { missionId: mission.id, version: "0", ...missionFields(mission.activityId, { places: "1" }) }));
    expect(refused.fieldErrors?.places).toEqual([placesBelowConfirmed(2)]);
    expect(await databaseSnapshot()).toEqual(before);

    await redirectPathOf(callAction(updateVolunteerMissionAction, { missionId: mission.id, version: "0", ...missionFields(mission.activityId, { places: "3" }) }));
    expect(await db.missionSignup.count({ where: { missionId: mission.id, status: "CONFIRMED" } })).toBe(3);
    expect(mailsTo(waiting.email)).toHaveLength(1);

    const stale = await expectRefused(callAction(updateVolunteerMissionAction, { missionId: mission.id, version: "0", ...missionFields(mission.activityId) }));
    expect(stale.formError).toBe(MISSION_CONFLICT);
  });

  it("are cancelled with a reason, everyone signed up told; then neither edited nor cancelled again", async () => {
    const mission = await createMissionRow({ title: "Fête de la Saint-Jean" });
    const [confirmed, waiting, gone] = await Promise.all([createUser({ roles: ["VOLUNTEER"] }), createUser({ roles: ["VOLUNTEER"] }), createUser({ roles: ["VOLUNTEER"] })]);
    // Mails turned off: told in the portal only.
    await db.user.update({ where: { id: waiting.id }, data: { notifyByEmail: false } });
    await createSignupRow(mission.id, confirmed.id);
    await createSignupRow(mission.id, waiting.id, "WAITLISTED");
    await createSignupRow(mission.id, gone.id, "WITHDRAWN");

    expect((await expectRefused(callAction(cancelVolunteerMissionAction, { missionId: mission.id, version: "0", reason: "", confirm: "on" }))).fieldErrors?.reason).toBeDefined();
    await redirectPathOf(callAction(cancelVolunteerMissionAction, { missionId: mission.id, version: "0", reason: "Alerte orange aux orages", confirm: "on" }));

    expect(await db.volunteerMission.findUniqueOrThrow({ where: { id: mission.id }, select: { status: true, cancelReason: true, cancelledAt: true } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Alerte orange aux orages",
      cancelledAt: expect.any(Date),
    });
    expect(mailsTo(confirmed.email)[0].text).toContain("Alerte orange aux orages");
    expect(mailsTo(waiting.email)).toHaveLength(0);
    expect(mailsTo(gone.email)).toHaveLength(0);
    expect(await volunteerNotifications()).toEqual(
      [confirmed.id, waiting.id].map((userId) => ({ userId, text: expect.stringContaining("Raison : Alerte orange aux orages") })).sort((a, b) => a.userId.localeCompare(b.userId)),
    );

    const before = await databaseSnapshot();
    expect((await expectRefused(callAction(updateVolunteerMissionAction, { missionId: mission.id, version: "1", ...missionFields(mission.activityId) }))).formError).toBe(MISSION_CANCELLED);
    expect((await expectRefused(callAction(cancelVolunteerMissionAction, { missionId: mission.id, version: "1", reason: "Encore", confirm: "on" }))).formError).toBe("Impossible de passer de « Annulée » à « Annulée ».");
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("the volunteer's profile", () => {
  it("is created with the VOLUNTEER role, then edited without a second grant", async () => {
    const resident = await createUser({ roles: ["RESIDENT"] });
    await signInAs(resident);

    await redirectPathOf(callAction(saveVolunteerProfileAction, { skills: ["Jardinage", "Cuisine"], otherSkills: "Couture", availability: "Le samedi matin" }));
    expect((await getCurrentActor())?.roles).toContain("VOLUNTEER");
    await redirectPathOf(callAction(saveVolunteerProfileAction, { skills: "Informatique", availability: "" }));

    expect(await db.volunteerProfile.findUniqueOrThrow({ where: { userId: resident.id }, select: { skills: true, availability: true } })).toEqual({ skills: ["Informatique"], availability: null });
    expect(await db.roleGrant.count({ where: { userId: resident.id, role: "VOLUNTEER" } })).toBe(1);
    expect(await currentUserId()).toBe(resident.id);
  });

  it("refuses an unknown skill from the list, changing nothing", async () => {
    await signInAs(await createUser({ roles: ["RESIDENT"] }));
    const before = await databaseSnapshot();
    expect((await expectRefused(callAction(saveVolunteerProfileAction, { skills: "Pilotage" }))).fieldErrors?.skills).toBeDefined();
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("the reminder of the day before", () => {
  it("mails tomorrow's confirmed volunteers once, and no one else", async () => {
    const now = new Date("2026-12-04T17:00:00Z");
    const tomorrow = await createMissionRow({ startsAt: parisInstant("2026-12-05", "09:00"), title: "Distribution de colis" });
    const lateTomorrow = await createMissionRow({ startsAt: parisInstant("2026-12-05", "23:30") });
    const dayAfter = await createMissionRow({ startsAt: parisInstant("2026-12-06", "00:30") });
    const cancelled = await createMissionRow({ startsAt: parisInstant("2026-12-05", "10:00"), status: "CANCELLED" });
    const [confirmed, waiting, other] = await Promise.all([createUser({ roles: ["VOLUNTEER"] }), createUser({ roles: ["VOLUNTEER"] }), createUser({ roles: ["VOLUNTEER"] })]);
    await createSignupRow(tomorrow.id, confirmed.id);
    await createSignupRow(tomorrow.id, waiting.id, "WAITLISTED");
    for (const mission of [dayAfter, cancelled]) await createSignupRow(mission.id, other.id);

    expect(await remindTomorrowsVolunteers(now)).toEqual({ missions: 2, mails: 1 });
    expect(await remindTomorrowsVolunteers(now)).toEqual({ missions: 0, mails: 0 });

    expect(mailsTo(confirmed.email).map((m) => m.subject)).toEqual(["Rappel : Distribution de colis demain"]);
    expect(await volunteerNotifications()).toEqual([{ userId: confirmed.id, text: expect.stringContaining("Nous vous rappelons la mission « Distribution de colis »") }]);
    expect(mailsTo(waiting.email)).toEqual([]);
    expect(mailsTo(other.email)).toEqual([]);
    expect(await db.volunteerMission.count({ where: { reminderSentAt: { not: null } } })).toBe(2);
    expect(await db.volunteerMission.findUniqueOrThrow({ where: { id: lateTomorrow.id }, select: { version: true } })).toEqual({ version: 0 });
  });
});

describe("the year's totals", () => {
  it("count validated hours of the year only, valued at each activity's rate", async () => {
    const [ana, bruno] = await Promise.all([createUser({ name: "Ana Bénévole" }), createUser({ name: "Bruno Bénévole" })]);
    const garden = await createActivityRow({ name: "Jardinage partagé", hourlyRateCents: 1200 });
    const school = await createActivityRow({ name: "Accompagnement scolaire", hourlyRateCents: 1800 });
    await createHoursRow({ userId: ana.id, activityId: garden.id, minutes: 120, status: "VALIDATED", day: "2026-02-01" });
    await createHoursRow({ userId: ana.id, activityId: garden.id, minutes: 90, status: "VALIDATED", day: "2026-12-31" });
    await createHoursRow({ userId: ana.id, activityId: school.id, minutes: 60, status: "VALIDATED", day: "2026-05-05" });
    await createHoursRow({ userId: bruno.id, activityId: school.id, minutes: 30, status: "VALIDATED", day: "2026-05-05" });
    await createHoursRow({ userId: bruno.id, activityId: school.id, minutes: 600, status: "SUBMITTED", day: "2026-05-06" });
    await createHoursRow({ userId: bruno.id, activityId: school.id, minutes: 600, status: "REFUSED", day: "2026-05-07" });
    await createHoursRow({ userId: bruno.id, activityId: school.id, minutes: 600, status: "VALIDATED", day: "2025-12-31" });

    const totals = await yearTotals(2026);

    expect(totals.rows.map((r) => [r.name, r.activity, r.minutes, r.valueCents])).toEqual([
      ["Ana Bénévole", "Accompagnement scolaire", 60, 1800],
      ["Ana Bénévole", "Jardinage partagé", 210, 4200],
      ["Bruno Bénévole", "Accompagnement scolaire", 30, 900],
    ]);
    expect(totals.byVolunteer.map((v) => [v.name, v.minutes, v.valueCents])).toEqual([
      ["Ana Bénévole", 270, 6000],
      ["Bruno Bénévole", 30, 900],
    ]);
    expect(totals.byActivity.map((a) => [a.name, a.minutes])).toEqual([
      ["Accompagnement scolaire", 90],
      ["Jardinage partagé", 210],
    ]);
    expect({ minutes: totals.minutes, valueCents: totals.valueCents }).toEqual({ minutes: 300, valueCents: 6900 });
    expect((await yearTotals(2026, bruno.id)).minutes).toBe(30);
  });

  it("are exported as CSV for staff only", async () => {
    const ana = await createUser({ name: "Ana Bénévole" });
    await createHoursRow({ userId: ana.id, activityId: (await createActivityRow({ name: "Animation", hourlyRateCents: 1500 })).id, minutes: 90, status: "VALIDATED", day: "2026-06-01" });
    const request = () => new Request(`http://localhost${routes.staff.volunteerTotalsCsv(2026)}`);

    const answer = await totalsCsvRoute(request());
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Content-Disposition")).toBe('attachment; filename="benevolat-2026.csv"');
    expect(await answer.text()).toContain('Ana Bénévole;Animation;"1,50";"15,00";"22,50"');

    await signInAs(await createUser({ roles: ["VOLUNTEER"] }));
    expect((await totalsCsvRoute(request())).status).toBe(403);
  });
});
