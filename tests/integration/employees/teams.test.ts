/**
 * Teams (/gestion/equipes), through their server actions against the database: what each writes
 * (row, version, audit row) and what it refuses without changing anything.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTeamAction, setTeamArchivedAction, updateTeamAction } from "@/app/gestion/equipes/actions";
import { DUPLICATE_TEAM_NAME, TEAM_CONFLICT, teamHasMembers } from "@/lib/employees/model";
import { listTeams, teamOptions } from "@/lib/employees/queries/staff";
import { callAction, expectRedirect, expectRefused } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createUser, type TestUser } from "../../helpers/factories";
import { createEmployeeRow, createTeamRow } from "../../helpers/employees";
import { redirectPathOf } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

let staff: TestUser;

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ name: "Claire Encadrante", roles: ["STAFF"] });
  await signInAs(staff);
});

async function expectUnchanged(promise: ReturnType<typeof callAction>, message?: string) {
  const before = await databaseSnapshot();
  const refusal = await expectRefused(promise);
  if (message) expect([refusal.formError, ...Object.values(refusal.fieldErrors ?? {}).flat()]).toContain(message);
  expect(await databaseSnapshot()).toEqual(before);
  return refusal;
}

describe("creating a team", () => {
  it("writes it with its audit row and opens its page", async () => {
    const path = await redirectPathOf(callAction(createTeamAction, { name: "  Espaces   verts ", description: "Tonte et taille." }));
    const team = await db.team.findFirstOrThrow({ select: { id: true, name: true, description: true, version: true } });
    expect(team).toMatchObject({ name: "Espaces verts", description: "Tonte et taille.", version: 0 });
    expect(path).toBe(`/gestion/equipes/${team.id}?fait=creee`);
    expect(await auditRows({ action: "team.create", entityId: team.id })).toHaveLength(1);
  });

  it("refuses a name already taken, whatever its case, and a blank name", async () => {
    await createTeamRow({ name: "Espaces verts" });
    await expectUnchanged(callAction(createTeamAction, { name: "ESPACES VERTS" }), DUPLICATE_TEAM_NAME);
    await expectUnchanged(callAction(createTeamAction, { name: " " }));
  });
});

describe("editing a team", () => {
  it("saves at the version loaded, and refuses a stale version", async () => {
    const team = await createTeamRow({ name: "Propreté Gare" });
    await expectRedirect(callAction(updateTeamAction, { teamId: team.id, version: "0", name: "Propreté Gare Nord", description: "" }), `/gestion/equipes/${team.id}?fait=modifiee`);
    expect(await db.team.findUniqueOrThrow({ where: { id: team.id } })).toMatchObject({ name: "Propreté Gare Nord", description: null, version: 1 });
    await expectUnchanged(callAction(updateTeamAction, { teamId: team.id, version: "0", name: "Autre nom" }), TEAM_CONFLICT);
    expect(await auditRows({ action: "team.update", entityId: team.id })).toHaveLength(1);
  });

  it("refuses another team's name", async () => {
    await createTeamRow({ name: "Médiation" });
    const team = await createTeamRow({ name: "Encombrants" });
    await expectUnchanged(callAction(updateTeamAction, { teamId: team.id, version: "0", name: "médiation" }), DUPLICATE_TEAM_NAME);
  });
});

describe("archiving a team", () => {
  it("is refused while active employees are in it, then archives and restores", async () => {
    const team = await createTeamRow({ name: "Second œuvre" });
    const employee = await createEmployeeRow({ teamId: team.id });
    await expectUnchanged(callAction(setTeamArchivedAction, { teamId: team.id, version: "0", archived: "true" }), teamHasMembers(1));

    await db.employee.update({ where: { id: employee.id }, data: { archivedAt: new Date() } });
    await expectRedirect(callAction(setTeamArchivedAction, { teamId: team.id, version: "0", archived: "true" }), `/gestion/equipes/${team.id}?fait=archivee`);
    const actor = actorOf({ ...staff, roles: ["STAFF"] });
    expect(await teamOptions(actor)).toEqual([]);
    expect((await listTeams(actor, { archived: "archived", page: 1 })).teams.map((t) => t.name)).toEqual(["Second œuvre"]);
    expect((await listTeams(actor, { archived: "active", page: 1 })).total).toBe(0);

    await expectRedirect(callAction(setTeamArchivedAction, { teamId: team.id, version: "1", archived: "false" }), `/gestion/equipes/${team.id}?fait=restauree`);
    expect(await teamOptions(actor)).toEqual([{ value: team.id, label: "Second œuvre" }]);
    expect((await auditRows({ entityId: team.id })).map((r) => r.action)).toEqual(["team.archive", "team.restore"]);
  });
});

describe("the list of teams", () => {
  it("searches by name, counts active members, pages by 25", async () => {
    const tilleuls = await createTeamRow({ name: "Propreté Tilleuls" });
    await createTeamRow({ name: "Espaces verts" });
    await createEmployeeRow({ teamId: tilleuls.id });
    await createEmployeeRow({ teamId: tilleuls.id });
    await createEmployeeRow({ teamId: tilleuls.id, archived: true });
    const actor = actorOf({ ...staff, roles: ["STAFF"] });
    const found = await listTeams(actor, { q: "tilleul", archived: "active", page: 1 });
    expect(found.teams).toMatchObject([{ name: "Propreté Tilleuls", memberCount: 2 }]);
    for (let i = 0; i < 25; i++) await createTeamRow();
    expect((await listTeams(actor, { archived: "active", page: 2 })).teams).toHaveLength(2);
  });
});
