import { db } from "@/lib/db";
import { createEmployeeRow, createTeamRow } from "../../helpers/employees";
import { EVERY_ROLE_BUT_STAFF, type GuardedCase } from "./shared";

/**
 * The employees actions' callers to refuse, and a valid input (see shared.ts). Teams, employees'
 * records and absences are staff only: partners, the board, the employees themselves and the
 * portal administrator are refused (behaviour in tests/integration/employees/).
 */

const staffOnly = (input: GuardedCase["input"]): GuardedCase => ({ wrongRoles: EVERY_ROLE_BUT_STAFF, allowed: ["STAFF"], input });

const employeeId = async () => (await createEmployeeRow({ name: "Mamadou Diop" })).id;

export const cases: Record<string, GuardedCase> = {
  createTeam: staffOnly(() => ({ name: "Espaces verts", description: "Tonte et taille." })),
  updateTeam: staffOnly(async () => ({ teamId: (await createTeamRow()).id, version: "0", name: "Propreté Tilleuls" })),
  setTeamArchived: staffOnly(async () => ({ teamId: (await createTeamRow()).id, version: "0", archived: "true" })),
  createEmployee: staffOnly(() => ({
    name: "Awa Keita",
    contractType: "CDDI",
    startsOn: "2026-03-02",
    weeklyHours: "26",
    idempotencyKey: "cle-de-test-salarie-0123",
  })),
  updateEmployee: staffOnly(async () => ({ employeeId: await employeeId(), version: "0", name: "Mamadou Diop", contractType: "CDI", startsOn: "2026-01-05", weeklyHours: "35" })),
  setEmployeeArchived: staffOnly(async () => ({ employeeId: await employeeId(), version: "0", archived: "true" })),
  // The account to link is the fixture's target (a resident): the allowed call grants it EMPLOYEE.
  linkEmployeeAccount: staffOnly(async ({ target }) => ({ employeeId: await employeeId(), version: "0", email: target.email })),
  unlinkEmployeeAccount: staffOnly(async ({ target }) => {
    const employee = await createEmployeeRow({ userId: target.id });
    return { employeeId: employee.id, version: "0" };
  }),
  addAbsence: staffOnly(async () => ({ employeeId: await employeeId(), kind: "LEAVE", startsOn: "2026-11-02", endsOn: "2026-11-06" })),
  deleteAbsence: staffOnly(async () => {
    const absence = await db.absence.create({
      data: { employeeId: await employeeId(), kind: "SICKNESS", startsOn: new Date("2026-11-02T00:00:00Z"), endsOn: new Date("2026-11-03T00:00:00Z") },
      select: { id: true },
    });
    return { absenceId: absence.id, confirm: "on" };
  }),
};
