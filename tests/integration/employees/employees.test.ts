/**
 * Employees' records (/gestion/salaries) through their server actions: create (once per form),
 * edit at a version, archive, and the link to a portal account that grants, then revokes, the
 * EMPLOYEE role. Refusals change nothing.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createEmployeeAction,
  linkEmployeeAccountAction,
  setEmployeeArchivedAction,
  unlinkEmployeeAccountAction,
  updateEmployeeAction,
} from "@/app/gestion/salaries/actions";
import { getCurrentActor } from "@/lib/auth/session";
import { ACCOUNT_ALREADY_LINKED, ACCOUNT_NOT_FOUND, EMPLOYEE_CONFLICT, END_BEFORE_START, UNKNOWN_TEAM } from "@/lib/employees/model";
import { getEmployee, listEmployees, skillsInUse } from "@/lib/employees/queries/staff";
import { callAction, expectRedirect, expectRefused, type Fields } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createUser, type TestUser } from "../../helpers/factories";
import { createEmployeeRow, createTeamRow } from "../../helpers/employees";
import { newIdempotencyKey, redirectPathOf } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

let staff: TestUser;
const staffActor = () => actorOf({ ...staff, roles: ["STAFF"] });

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ name: "Claire Encadrante", roles: ["STAFF"] });
  await signInAs(staff);
});

const record = (extra: Fields = {}): Fields => ({
  name: "Awa Keita",
  phone: "06 12 34 56 78",
  contractType: "CDDI",
  startsOn: "2026-03-02",
  endsOn: "2026-12-31",
  weeklyHours: "26,5",
  teamId: "",
  skills: "peinture, ponçage",
  ...extra,
});

async function expectUnchanged(promise: ReturnType<typeof callAction>, message?: string) {
  const before = await databaseSnapshot();
  const refusal = await expectRefused(promise);
  if (message) expect([refusal.formError, ...Object.values(refusal.fieldErrors ?? {}).flat()]).toContain(message);
  expect(await databaseSnapshot()).toEqual(before);
  return refusal;
}

const activeEmployeeGrants = (userId: string) => db.roleGrant.findMany({ where: { userId, role: "EMPLOYEE", revokedAt: null }, select: { id: true, grantedById: true } });

describe("creating an employee", () => {
  it("writes the record, with its team and skills, once however often the form is sent", async () => {
    const team = await createTeamRow({ name: "Atelier peinture" });
    const key = newIdempotencyKey();
    const path = await redirectPathOf(callAction(createEmployeeAction, record({ teamId: team.id, skill: "tonte", idempotencyKey: key })));
    const again = await redirectPathOf(callAction(createEmployeeAction, record({ teamId: team.id, idempotencyKey: key })));
    const employees = await db.employee.findMany();
    expect(employees).toHaveLength(1);
    expect(employees[0]).toMatchObject({ name: "Awa Keita", contractType: "CDDI", weeklyHours: 26.5, teamId: team.id, skills: ["tonte", "peinture", "ponçage"], userId: null });
    expect(employees[0].endsOn?.toISOString()).toBe("2026-12-31T00:00:00.000Z");
    expect(path).toBe(`/gestion/salaries/${employees[0].id}?fait=cree`);
    expect(again).toBe(path);
    expect(await auditRows({ action: "employee.create" })).toHaveLength(1);
    expect(await skillsInUse(staffActor())).toEqual(["peinture", "ponçage", "tonte"]);
  });

  it("refuses an end before the start, impossible hours, an archived team", async () => {
    const key = newIdempotencyKey();
    await expectUnchanged(callAction(createEmployeeAction, record({ endsOn: "2026-03-01", idempotencyKey: key })), END_BEFORE_START);
    for (const weeklyHours of ["-3", "0", "49", "72,5", "beaucoup"]) {
      const refusal = await expectUnchanged(callAction(createEmployeeAction, record({ weeklyHours, idempotencyKey: key })));
      expect(refusal.fieldErrors).toHaveProperty("weeklyHours");
    }
    const archived = await createTeamRow({ archived: true });
    await expectUnchanged(callAction(createEmployeeAction, record({ teamId: archived.id, idempotencyKey: key })), UNKNOWN_TEAM);
  });

  it("never takes an account or a state from the form", async () => {
    const other = await createUser();
    await expectUnchanged(callAction(createEmployeeAction, record({ idempotencyKey: newIdempotencyKey(), userId: other.id })));
    await expectUnchanged(callAction(createEmployeeAction, record({ idempotencyKey: newIdempotencyKey(), archivedAt: "2026-01-01" })));
  });
});

describe("editing an employee", () => {
  it("saves at the version loaded; a stale form is a conflict", async () => {
    const employee = await createEmployeeRow({ name: "Salif Touré" });
    await expectRedirect(
      callAction(updateEmployeeAction, record({ employeeId: employee.id, version: "0", name: "Salif Touré", contractType: "CDI", endsOn: "", weeklyHours: "35" })),
      `/gestion/salaries/${employee.id}?fait=modifie`,
    );
    expect(await db.employee.findUniqueOrThrow({ where: { id: employee.id } })).toMatchObject({ contractType: "CDI", endsOn: null, weeklyHours: 35, version: 1 });
    await expectUnchanged(callAction(updateEmployeeAction, record({ employeeId: employee.id, version: "0" })), EMPLOYEE_CONFLICT);
    const [audit] = await auditRows({ action: "employee.update", entityId: employee.id });
    expect(audit.before).toMatchObject({ contractType: "CDDI", weeklyHours: 26 });
    expect(audit.after).toMatchObject({ contractType: "CDI", weeklyHours: 35, endsOn: null });
  });
});

describe("the link to a portal account", () => {
  it("grants the EMPLOYEE role, audited, and unlinking revokes that grant", async () => {
    const person = await createUser({ name: "Awa Keita", email: "awa.keita@exemple.test", roles: ["RESIDENT"] });
    const employee = await createEmployeeRow({ name: "Awa Keita" });

    await expectRedirect(callAction(linkEmployeeAccountAction, { employeeId: employee.id, version: "0", email: "  Awa.Keita@Exemple.test " }), `/gestion/salaries/${employee.id}?fait=lie`);
    const [grant] = await activeEmployeeGrants(person.id);
    expect(grant.grantedById).toBe(staff.id);
    expect(await db.employee.findUniqueOrThrow({ where: { id: employee.id } })).toMatchObject({ userId: person.id, linkGrantId: grant.id });
    expect((await auditRows({ action: "role.grant", entityId: person.id }))[0].after).toMatchObject({ grantId: grant.id, role: "EMPLOYEE" });
    expect((await getEmployee(staffActor(), employee.id))?.user).toEqual({ id: person.id, name: "Awa Keita", email: "awa.keita@exemple.test" });

    // The person now has the phone space.
    await signInAs(person);
    expect((await getCurrentActor())?.roles).toContain("EMPLOYEE");
    await signInAs(staff);

    await expectRedirect(callAction(unlinkEmployeeAccountAction, { employeeId: employee.id, version: "1" }), `/gestion/salaries/${employee.id}?fait=delie`);
    expect(await activeEmployeeGrants(person.id)).toEqual([]);
    expect(await db.roleGrant.findUniqueOrThrow({ where: { id: grant.id } })).toMatchObject({ revokedById: staff.id });
    expect(await db.employee.findUniqueOrThrow({ where: { id: employee.id } })).toMatchObject({ userId: null, linkGrantId: null });
    expect(await auditRows({ action: "role.revoke", entityId: person.id })).toHaveLength(1);
  });

  it("leaves alone the EMPLOYEE role an account already had", async () => {
    const person = await createUser({ email: "deja.salarie@exemple.test", roles: ["RESIDENT", "EMPLOYEE"] });
    const employee = await createEmployeeRow();
    await expectRedirect(callAction(linkEmployeeAccountAction, { employeeId: employee.id, version: "0", email: "deja.salarie@exemple.test" }), `/gestion/salaries/${employee.id}?fait=lie`);
    expect(await activeEmployeeGrants(person.id)).toHaveLength(1);
    expect(await auditRows({ action: "role.grant" })).toEqual([]);
    await expectRedirect(callAction(unlinkEmployeeAccountAction, { employeeId: employee.id, version: "1" }), `/gestion/salaries/${employee.id}?fait=delie`);
    expect(await activeEmployeeGrants(person.id)).toHaveLength(1);
  });

  it("links one account to one employee only, and needs an existing active account", async () => {
    const person = await createUser({ email: "un.seul@exemple.test" });
    await createEmployeeRow({ userId: person.id });
    const other = await createEmployeeRow();
    await expectUnchanged(callAction(linkEmployeeAccountAction, { employeeId: other.id, version: "0", email: "un.seul@exemple.test" }), ACCOUNT_ALREADY_LINKED);
    await expectUnchanged(callAction(linkEmployeeAccountAction, { employeeId: other.id, version: "0", email: "personne@exemple.test" }), ACCOUNT_NOT_FOUND);
    await createUser({ email: "desactive@exemple.test", status: "DISABLED" });
    await expectUnchanged(callAction(linkEmployeeAccountAction, { employeeId: other.id, version: "0", email: "desactive@exemple.test" }), ACCOUNT_NOT_FOUND);
  });

  it("archiving unlinks the account and revokes the grant the link made; restoring keeps it unlinked", async () => {
    const person = await createUser({ email: "archive@exemple.test" });
    const employee = await createEmployeeRow();
    await expectRedirect(callAction(linkEmployeeAccountAction, { employeeId: employee.id, version: "0", email: "archive@exemple.test" }), `/gestion/salaries/${employee.id}?fait=lie`);
    expect(await activeEmployeeGrants(person.id)).toHaveLength(1);

    await expectRedirect(callAction(setEmployeeArchivedAction, { employeeId: employee.id, version: "1", archived: "true" }), `/gestion/salaries/${employee.id}?fait=archive`);
    expect(await activeEmployeeGrants(person.id)).toEqual([]);
    const archived = await db.employee.findUniqueOrThrow({ where: { id: employee.id } });
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.userId).toBeNull();
    expect((await listEmployees(staffActor(), { archived: "active", page: 1 })).total).toBe(0);
    expect((await listEmployees(staffActor(), { archived: "archived", page: 1 })).total).toBe(1);

    // An archived record is not edited nor linked.
    await expectUnchanged(callAction(linkEmployeeAccountAction, { employeeId: employee.id, version: "2", email: "archive@exemple.test" }));
    await expectUnchanged(callAction(updateEmployeeAction, record({ employeeId: employee.id, version: "2" })));

    await expectRedirect(callAction(setEmployeeArchivedAction, { employeeId: employee.id, version: "2", archived: "false" }), `/gestion/salaries/${employee.id}?fait=restaure`);
    expect(await db.employee.findUniqueOrThrow({ where: { id: employee.id } })).toMatchObject({ archivedAt: null, userId: null });
  });
});

describe("the list of employees", () => {
  it("filters by name, team and contract type, and pages by 25", async () => {
    const team = await createTeamRow({ name: "Espaces verts" });
    await createEmployeeRow({ name: "Awa Keita", teamId: team.id, contractType: "CDDI" });
    await createEmployeeRow({ name: "Bilal Amrani", teamId: team.id, contractType: "CDI" });
    await createEmployeeRow({ name: "Cindy Blanc", contractType: "CDDI" });
    const list = (filter: Partial<Parameters<typeof listEmployees>[1]>) =>
      listEmployees(staffActor(), { archived: "active", page: 1, ...filter }).then((r) => r.employees.map((e) => e.name));
    expect(await list({})).toEqual(["Awa Keita", "Bilal Amrani", "Cindy Blanc"]);
    expect(await list({ q: "KEITA" })).toEqual(["Awa Keita"]);
    expect(await list({ teamId: team.id })).toEqual(["Awa Keita", "Bilal Amrani"]);
    expect(await list({ contractType: "CDDI" })).toEqual(["Awa Keita", "Cindy Blanc"]);
    expect(await list({ teamId: team.id, contractType: "CDI" })).toEqual(["Bilal Amrani"]);
    for (let i = 0; i < 25; i++) await createEmployeeRow({ name: `Zoé ${String(i).padStart(2, "0")}` });
    expect(await list({ page: 2 })).toEqual(["Zoé 22", "Zoé 23", "Zoé 24"]);
  });
});
