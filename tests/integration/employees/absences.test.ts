/** Absences on an employee's record: add (never overlapping another), list, delete. */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addAbsenceAction, deleteAbsenceAction } from "@/app/gestion/salaries/actions";
import { ABSENCES_OVERLAP, ARCHIVED_EMPLOYEE, END_BEFORE_START } from "@/lib/employees/model";
import { getEmployee } from "@/lib/employees/queries/staff";
import { callAction, expectRedirect, expectRefused, type Fields } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createUser, type TestUser } from "../../helpers/factories";
import { createEmployeeRow } from "../../helpers/employees";
import { signInAs } from "../../helpers/session";

let staff: TestUser;
let employeeId: string;

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ roles: ["STAFF"] });
  employeeId = (await createEmployeeRow({ name: "Mariam Sow" })).id;
  await signInAs(staff);
});

const absence = (startsOn: string, endsOn: string, extra: Fields = {}): Fields => ({ employeeId, kind: "LEAVE", startsOn, endsOn, note: "", ...extra });

async function expectUnchanged(promise: ReturnType<typeof callAction>, message: string) {
  const before = await databaseSnapshot();
  const refusal = await expectRefused(promise);
  expect([refusal.formError, ...Object.values(refusal.fieldErrors ?? {}).flat()]).toContain(message);
  expect(await databaseSnapshot()).toEqual(before);
}

describe("absences", () => {
  it("are added with their author and audit row, and listed latest first", async () => {
    await expectRedirect(callAction(addAbsenceAction, absence("2026-11-02", "2026-11-06", { note: "Congés d'automne" })), `/gestion/salaries/${employeeId}?fait=absence`);
    await expectRedirect(callAction(addAbsenceAction, absence("2026-12-01", "2026-12-01", { kind: "SICKNESS" })), `/gestion/salaries/${employeeId}?fait=absence`);
    const record = await getEmployee(actorOf({ ...staff, roles: ["STAFF"] }), employeeId);
    expect(record?.absences.map((a) => [a.kind, a.startsOn.toISOString().slice(0, 10), a.endsOn.toISOString().slice(0, 10), a.note])).toEqual([
      ["SICKNESS", "2026-12-01", "2026-12-01", null],
      ["LEAVE", "2026-11-02", "2026-11-06", "Congés d'automne"],
    ]);
    expect(await db.absence.count({ where: { createdById: staff.id } })).toBe(2);
    expect(await auditRows({ action: "absence.create", entityId: employeeId })).toHaveLength(2);
  });

  it("never overlap one another, last days included; another employee's do not count", async () => {
    await expectRedirect(callAction(addAbsenceAction, absence("2026-11-02", "2026-11-06")), `/gestion/salaries/${employeeId}?fait=absence`);
    await expectUnchanged(callAction(addAbsenceAction, absence("2026-11-06", "2026-11-10")), ABSENCES_OVERLAP);
    await expectUnchanged(callAction(addAbsenceAction, absence("2026-10-30", "2026-11-02")), ABSENCES_OVERLAP);
    await expectUnchanged(callAction(addAbsenceAction, absence("2026-11-03", "2026-11-04")), ABSENCES_OVERLAP);
    await expectUnchanged(callAction(addAbsenceAction, absence("2026-10-01", "2026-12-31")), ABSENCES_OVERLAP);
    await expectRedirect(callAction(addAbsenceAction, absence("2026-11-07", "2026-11-08")), `/gestion/salaries/${employeeId}?fait=absence`);
    const other = await createEmployeeRow();
    await expectRedirect(callAction(addAbsenceAction, { ...absence("2026-11-02", "2026-11-06"), employeeId: other.id }), `/gestion/salaries/${other.id}?fait=absence`);
  });

  it("end on or after their first day", async () => {
    await expectUnchanged(callAction(addAbsenceAction, absence("2026-11-06", "2026-11-02")), END_BEFORE_START);
  });

  it("are not added to an archived record", async () => {
    await db.employee.update({ where: { id: employeeId }, data: { archivedAt: new Date() } });
    const before = await databaseSnapshot();
    await expectRefused(callAction(addAbsenceAction, absence("2026-11-02", "2026-11-06")));
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("are not deleted from an archived record", async () => {
    const created = await db.absence.create({ data: { employeeId, kind: "LEAVE", startsOn: new Date("2026-11-02"), endsOn: new Date("2026-11-03") } });
    await db.employee.update({ where: { id: employeeId }, data: { archivedAt: new Date() } });
    await expectUnchanged(callAction(deleteAbsenceAction, { absenceId: created.id, confirm: "on" }), ARCHIVED_EMPLOYEE);
  });

  it("are deleted once confirmed, with an audit row", async () => {
    const created = await db.absence.create({ data: { employeeId, kind: "TRAINING", startsOn: new Date("2026-11-02"), endsOn: new Date("2026-11-03") } });
    const before = await databaseSnapshot();
    const refusal = await expectRefused(callAction(deleteAbsenceAction, { absenceId: created.id }));
    expect(refusal.fieldErrors).toHaveProperty("confirm");
    expect(await databaseSnapshot()).toEqual(before);
    await expectRedirect(callAction(deleteAbsenceAction, { absenceId: created.id, confirm: "on" }), `/gestion/salaries/${employeeId}?fait=absence-supprimee`);
    expect(await db.absence.count()).toBe(0);
    expect((await auditRows({ action: "absence.delete", entityId: employeeId }))[0].before).toMatchObject({ absenceId: created.id, kind: "TRAINING" });
    await expectRefused(callAction(deleteAbsenceAction, { absenceId: created.id, confirm: "on" }));
  });
});
