/**
 * Hours given: entered by the volunteer or by staff, reviewed by staff only — never by the person
 * whose hours they are — corrected or deleted by the volunteer while submitted; refusals change
 * nothing.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { correctOwnHoursAction, deleteOwnHoursAction, enterOwnHoursAction } from "@/app/espace/benevolat/actions";
import { enterVolunteerHoursAction, refuseVolunteerHoursAction, validateVolunteerHoursAction } from "@/app/gestion/benevolat/actions";
import { DAY_IN_FUTURE, HOURS_REVIEWED, NOT_A_VOLUNTEER, NOT_ON_MISSION, OWN_HOURS } from "@/lib/volunteering/commands/hours";
import { UNKNOWN_ACTIVITY } from "@/lib/volunteering/commands/activities";
import { HOURS_NOT_FOUND, HOURS_CONFLICT } from "@/lib/volunteering/lifecycle";
import { DURATION_OUT_OF_RANGE } from "@/lib/volunteering/schemas";
import { addDays, isoDay, parisToday } from "@/lib/core/calendar";
import { callAction, expectRefused, expectSuccess, type Fields } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { auditRows, createUser, type TestUser } from "../../helpers/factories";
import { redirectPathOf } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";
import { createActivityRow, createHoursRow, createMissionRow, createProfileRow, createSignupRow } from "../../helpers/volunteering";

let volunteer: TestUser;
let staff: TestUser;
let activityId: string;

beforeEach(async () => {
  await resetDatabase();
  volunteer = await createUser({ name: "Jeanne Volontaire", roles: ["RESIDENT", "VOLUNTEER"] });
  staff = await createUser({ name: "Claire Agent", roles: ["STAFF"] });
  await createProfileRow(volunteer.id);
  activityId = (await createActivityRow({ name: "Jardinage partagé" })).id;
});

const hours = (overrides: Fields = {}): Fields => ({ day: "2026-03-14", hours: "2", minutes: "30", activityId, note: "Désherbage", ...overrides });
const row = (id: string) => db.volunteerHours.findUniqueOrThrow({ where: { id }, select: { status: true, minutes: true, reviewedById: true, reviewedAt: true, refusalReason: true, enteredById: true, version: true } });

describe("a volunteer's own hours", () => {
  beforeEach(() => signInAs(volunteer));

  it("are entered as submitted, once even if the form is sent twice", async () => {
    await redirectPathOf(callAction(enterOwnHoursAction, hours()));
    await redirectPathOf(callAction(enterOwnHoursAction, hours()));

    const rows = await db.volunteerHours.findMany({ select: { userId: true, minutes: true, status: true, enteredById: true, note: true } });
    expect(rows).toEqual([{ userId: volunteer.id, minutes: 150, status: "SUBMITTED", enteredById: volunteer.id, note: "Désherbage" }]);
    expect(await auditRows({ action: "volunteer.hours.create" })).toHaveLength(1);
  });

  it("may name a mission they were confirmed on, and no other", async () => {
    const mission = await createMissionRow({ inHours: -48, activityId });
    const other = await createMissionRow({ inHours: -48, activityId });
    await createSignupRow(mission.id, volunteer.id, "CONFIRMED");
    await createSignupRow(other.id, volunteer.id, "WAITLISTED");

    await redirectPathOf(callAction(enterOwnHoursAction, hours({ missionId: mission.id })));
    const before = await databaseSnapshot();
    const refused = await expectRefused(callAction(enterOwnHoursAction, hours({ missionId: other.id })));

    expect(refused.fieldErrors?.missionId).toEqual([NOT_ON_MISSION]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a day to come, no time, too much time, an archived activity, changing nothing", async () => {
    const archived = await createActivityRow({ archived: true });
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(enterOwnHoursAction, hours({ day: isoDay(addDays(parisToday(), 1)) })))).fieldErrors?.day).toEqual([DAY_IN_FUTURE]);
    expect((await expectRefused(callAction(enterOwnHoursAction, hours({ hours: "0", minutes: "0" })))).fieldErrors?.hours).toEqual([DURATION_OUT_OF_RANGE]);
    expect((await expectRefused(callAction(enterOwnHoursAction, hours({ hours: "24", minutes: "30" })))).fieldErrors?.hours).toEqual([DURATION_OUT_OF_RANGE]);
    expect((await expectRefused(callAction(enterOwnHoursAction, hours({ activityId: archived.id })))).fieldErrors?.activityId).toEqual([UNKNOWN_ACTIVITY]);
    expect((await expectRefused(callAction(enterOwnHoursAction, hours({ day: "2026-02-30" })))).fieldErrors?.day).toEqual(["Date invalide."]);
    expect((await expectRefused(callAction(enterOwnHoursAction, hours({ status: "VALIDATED" })))).formError).toMatch(/champs inattendus/);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("may be corrected or deleted while submitted, at their version", async () => {
    const entry = await createHoursRow({ userId: volunteer.id, activityId });
    await redirectPathOf(callAction(correctOwnHoursAction, { ...hours({ hours: "3", minutes: "0" }), hoursId: entry.id, version: "0" }));
    expect(await row(entry.id)).toMatchObject({ minutes: 180, version: 1, status: "SUBMITTED" });

    const stale = await expectRefused(callAction(deleteOwnHoursAction, { hoursId: entry.id, version: "0", confirm: "on" }));
    expect(stale.formError).toBe(HOURS_CONFLICT);

    await redirectPathOf(callAction(deleteOwnHoursAction, { hoursId: entry.id, version: "1", confirm: "on" }));
    expect(await db.volunteerHours.count()).toBe(0);
    expect(await auditRows({ action: "volunteer.hours.delete" })).toHaveLength(1);
  });

  it("may not be corrected or deleted once reviewed, nor someone else's", async () => {
    const validated = await createHoursRow({ userId: volunteer.id, activityId, status: "VALIDATED" });
    const theirs = await createHoursRow({ userId: (await createUser({ roles: ["VOLUNTEER"] })).id, activityId });
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(correctOwnHoursAction, { ...hours(), hoursId: validated.id, version: "0" }))).formError).toBe(HOURS_REVIEWED);
    expect((await expectRefused(callAction(deleteOwnHoursAction, { hoursId: validated.id, version: "0", confirm: "on" }))).formError).toBe(HOURS_REVIEWED);
    expect((await expectRefused(callAction(correctOwnHoursAction, { ...hours(), hoursId: theirs.id, version: "0" }))).formError).toBe(HOURS_NOT_FOUND);
    expect((await expectRefused(callAction(deleteOwnHoursAction, { hoursId: theirs.id, version: "0", confirm: "on" }))).formError).toBe(HOURS_NOT_FOUND);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("are never validated by the volunteer", async () => {
    const entry = await createHoursRow({ userId: volunteer.id, activityId });
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(validateVolunteerHoursAction, { hoursId: entry.id, version: "0" }))).formError).toBe("Accès refusé.");
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("staff", () => {
  beforeEach(() => signInAs(staff));

  it("enter hours for a volunteer, submitted like any", async () => {
    await redirectPathOf(callAction(enterVolunteerHoursAction, { ...hours(), userId: volunteer.id }));

    expect(await db.volunteerHours.findFirst({ select: { userId: true, enteredById: true, status: true } })).toEqual({ userId: volunteer.id, enteredById: staff.id, status: "SUBMITTED" });
  });

  it("enter hours only for a volunteer with a profile", async () => {
    const resident = await createUser({ roles: ["RESIDENT"] });
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(enterVolunteerHoursAction, { ...hours(), userId: resident.id }))).fieldErrors?.userId).toEqual([NOT_A_VOLUNTEER]);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("validate submitted hours, with the reviewer and the date", async () => {
    const entry = await createHoursRow({ userId: volunteer.id, activityId });

    await expectSuccess(callAction(validateVolunteerHoursAction, { hoursId: entry.id, version: "0" }));

    expect(await row(entry.id)).toMatchObject({ status: "VALIDATED", reviewedById: staff.id, reviewedAt: expect.any(Date), version: 1 });
    expect(await auditRows({ action: "volunteer.hours.validate", entityId: entry.id })).toHaveLength(1);
  });

  it("refuse with a reason, and never twice", async () => {
    const entry = await createHoursRow({ userId: volunteer.id, activityId });

    expect((await expectRefused(callAction(refuseVolunteerHoursAction, { hoursId: entry.id, version: "0", reason: " " }))).fieldErrors?.reason).toBeDefined();
    await expectSuccess(callAction(refuseVolunteerHoursAction, { hoursId: entry.id, version: "0", reason: "Déjà comptées le 13." }));
    expect(await row(entry.id)).toMatchObject({ status: "REFUSED", refusalReason: "Déjà comptées le 13." });

    const before = await databaseSnapshot();
    expect((await expectRefused(callAction(validateVolunteerHoursAction, { hoursId: entry.id, version: "1" }))).formError).toBe("Impossible de passer de « Refusées » à « Validées ».");
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("may never validate or refuse hours that are their own", async () => {
    const volunteeringStaff = await createUser({ name: "Agent Bénévole", roles: ["STAFF", "VOLUNTEER"] });
    const own = await createHoursRow({ userId: volunteeringStaff.id, activityId });
    await signInAs(volunteeringStaff);
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(validateVolunteerHoursAction, { hoursId: own.id, version: "0" }))).formError).toBe(OWN_HOURS);
    expect((await expectRefused(callAction(refuseVolunteerHoursAction, { hoursId: own.id, version: "0", reason: "Pour voir" }))).formError).toBe(OWN_HOURS);
    expect(await databaseSnapshot()).toEqual(before);

    await signInAs(staff);
    await expectSuccess(callAction(validateVolunteerHoursAction, { hoursId: own.id, version: "0" }));
    expect(await row(own.id)).toMatchObject({ status: "VALIDATED", reviewedById: staff.id });
  });

  it("are told when the hours changed meanwhile", async () => {
    const entry = await createHoursRow({ userId: volunteer.id, activityId });
    await db.volunteerHours.update({ where: { id: entry.id }, data: { minutes: 60, version: 1 } });

    expect((await expectRefused(callAction(validateVolunteerHoursAction, { hoursId: entry.id, version: "0" }))).formError).toBe(HOURS_CONFLICT);
    expect(await row(entry.id)).toMatchObject({ status: "SUBMITTED" });
  });
});
