/**
 * The privacy wall around employees' records (DOMAIN.md): staff only. Partners, board members,
 * employees (their own record included) and residents reach neither the reads nor the commands,
 * even when a page or an action forgot to ask; the server actions refuse them and change nothing.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError, UnauthenticatedError } from "@/lib/core/errors";
import { addAbsence, createTeam, linkEmployeeAccount, updateEmployee } from "@/lib/employees/commands/staff";
import { periodOf } from "@/lib/employees/periods";
import { employeeTime, getEmployee, getTeam, listEmployees, listTeams, skillsInUse, teamOptions, teamTime } from "@/lib/employees/queries/staff";
import { workFigures } from "@/lib/work-orders/queries/figures";
import { createEmployeeAction, addAbsenceAction } from "@/app/gestion/salaries/actions";
import { createTeamAction } from "@/app/gestion/equipes/actions";
import { callAction, expectRefused } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, createUser } from "../../helpers/factories";
import { createEmployeeRow, createTeamRow } from "../../helpers/employees";
import { newIdempotencyKey } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

beforeEach(resetDatabase);

const OUTSIDERS: [string, Role[]][] = [
  ["a partner", ["PARTNER"]],
  ["a board member", ["RESIDENT", "MEMBER", "BOARD_MEMBER"]],
  ["an employee", ["RESIDENT", "EMPLOYEE"]],
  ["a resident", ["RESIDENT"]],
  ["the portal administrator", ["ADMIN"]],
];

describe.each(OUTSIDERS)("%s", (_, roles) => {
  it("reads no team, record, absence or time total, not even their own", async () => {
    const user = await createUser({ roles });
    const actor = actorOf({ ...user, roles });
    const team = await createTeamRow();
    const own = await createEmployeeRow({ teamId: team.id, userId: user.id });
    const week = periodOf("week", "2026-W48")!;
    const reads = [
      () => listEmployees(actor, { archived: "active", page: 1 }),
      () => getEmployee(actor, own.id),
      () => employeeTime(actor, own.id, week),
      () => listTeams(actor, { archived: "active", page: 1 }),
      () => getTeam(actor, team.id),
      () => teamTime(actor, team.id, week),
      () => teamOptions(actor),
      () => skillsInUse(actor),
      () => workFigures(actor, { from: week.from, to: week.to }),
    ];
    for (const read of reads) await expect(read()).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("changes nothing through the commands or the actions", async () => {
    const user = await createUser({ roles });
    const actor = actorOf({ ...user, roles });
    const employee = await createEmployeeRow({ userId: user.id });
    await signInAs(user);
    const before = await databaseSnapshot();
    const day = new Date("2026-11-02T00:00:00Z");
    await expect(createTeam({ actor }, { name: "Équipe pirate", description: null })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addAbsence({ actor }, { employeeId: employee.id, kind: "LEAVE", startsOn: day, endsOn: day, note: null })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(linkEmployeeAccount({ actor }, { employeeId: employee.id, version: 0, email: user.email })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateEmployee({ actor }, { employeeId: employee.id, version: 0, name: "X", phone: null, contractType: "CDI", startsOn: day, endsOn: null, weeklyHours: 48, teamId: null, skills: [] }),
    ).rejects.toBeInstanceOf(ForbiddenError);

    const calls = [
      callAction(createTeamAction, { name: "Équipe pirate" }),
      callAction(createEmployeeAction, { name: "Xavier Pirate", contractType: "CDI", startsOn: "2026-01-01", weeklyHours: "35", idempotencyKey: newIdempotencyKey() }),
      callAction(addAbsenceAction, { employeeId: employee.id, kind: "LEAVE", startsOn: "2026-11-02", endsOn: "2026-11-02" }),
    ];
    for (const call of calls) expect((await expectRefused(call)).formError).toBe("Accès refusé.");
    expect(await databaseSnapshot()).toEqual(before);
  });
});

it("nobody signed out reads a record", async () => {
  const employee = await createEmployeeRow();
  await expect(getEmployee(null, employee.id)).rejects.toBeInstanceOf(UnauthenticatedError);
});
