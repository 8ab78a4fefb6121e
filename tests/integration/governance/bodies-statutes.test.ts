/**
 * Bodies and statutes (the admin's) through their actions, and the reads of the bodies: mandates
 * current on a day, seats filled vs the statutes, ending soon, the employee flag, the public-safe
 * composition.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { archiveGovernanceBodyAction, createGovernanceBodyAction, updateGovernanceBodyAction } from "@/app/gouvernance/instances/actions";
import { createStatutesVersionAction } from "@/app/gouvernance/statuts/actions";
import { BODY_HAS_MANDATES } from "@/lib/governance/commands/bodies";
import { BODY_NAME_TAKEN } from "@/lib/governance/schemas";
import { SHARE_NOT_KEPT } from "@/lib/governance/statutes-rules";
import { statutesInForce } from "@/lib/governance/statutes";
import { getBodyWithMandates, listBodiesWithMandates, publicComposition } from "@/lib/governance/queries/bodies";
import { addDays, isoDay, parisToday, toDay } from "@/lib/core/calendar";
import { routes } from "@/lib/routes";
import { callAction, expectRefused, type Fields } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { auditRows, createUser, type TestUser } from "../../helpers/factories";
import { redirectPathOf } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";
import { createBodyRow, createMandateRow, createMember, createStatutesRow, THIS_YEAR } from "../../helpers/governance";

let admin: TestUser;

beforeEach(async () => {
  await resetDatabase();
  admin = await createUser({ name: "Sophie Admin", roles: ["ADMIN"] });
  await signInAs(admin);
});

const statutesFields = (overrides: Fields = {}): Fields => ({
  effectiveFrom: `${THIS_YEAR}-06-01`,
  boardSeatsResidents: "12",
  boardSeatsLocalAuthorities: "2",
  boardSeatsSocialLandlords: "2",
  boardSeatsSocioEconomic: "3",
  residentsMinSharePercent: "51",
  quorumAssemblyPercent: "25",
  quorumBoardPercent: "50",
  quorumOtherPercent: "50",
  proxiesPerPerson: "2",
  flagEmployeeMandates: "on",
  ...overrides,
});

describe("statutes", () => {
  it("writes a new version, the old one kept, and reads the one in force on a day", async () => {
    await createStatutesRow({ effectiveFrom: "2019-01-01", boardSeatsResidents: 10 });
    expect(await redirectPathOf(callAction(createStatutesVersionAction, statutesFields()))).toBe(routes.governance.statutesDone);
    expect(await db.statutesVersion.count()).toBe(2);
    expect((await statutesInForce(toDay(`${THIS_YEAR}-05-31`)))?.boardSeatsResidents).toBe(10);
    expect(await statutesInForce(toDay(`${THIS_YEAR}-06-01`))).toMatchObject({ boardSeatsResidents: 12, proxiesCountForQuorum: false, flagEmployeeMandates: true });
    expect(await auditRows({ action: "statutes.create" })).toHaveLength(1);
  });

  it("refuses numbers out of range, a seat table that breaks the residents' share, and a date before the latest version, changing nothing", async () => {
    await createStatutesRow({ effectiveFrom: `${THIS_YEAR}-09-01` });
    const before = await databaseSnapshot();
    const bad = await expectRefused(callAction(createStatutesVersionAction, statutesFields({ quorumBoardPercent: "120", proxiesPerPerson: "-1", effectiveFrom: `${THIS_YEAR + 1}-01-01` })));
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["proxiesPerPerson", "quorumBoardPercent"]);
    const share = await expectRefused(callAction(createStatutesVersionAction, statutesFields({ boardSeatsResidents: "5", effectiveFrom: `${THIS_YEAR + 1}-01-01` })));
    expect(share.fieldErrors?.boardSeatsResidents).toEqual([SHARE_NOT_KEPT]);
    const early = await expectRefused(callAction(createStatutesVersionAction, statutesFields()));
    expect(early.fieldErrors?.effectiveFrom?.[0]).toMatch(/déjà en vigueur/);
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("bodies", () => {
  it("are created, renamed at their version, and archived once no mandate runs", async () => {
    const path = await redirectPathOf(callAction(createGovernanceBodyAction, { name: "Commission jeunesse", kind: "COMMISSION", sortOrder: "4" }));
    const body = await db.governanceBody.findFirstOrThrow({ where: { name: "Commission jeunesse" } });
    expect(path).toBe(routes.governance.body(body.id, "instance-creee"));
    const taken = await expectRefused(callAction(createGovernanceBodyAction, { name: "Commission jeunesse", kind: "COMMISSION" }));
    expect(taken.fieldErrors?.name).toEqual([BODY_NAME_TAKEN]);

    await redirectPathOf(callAction(updateGovernanceBodyAction, { bodyId: body.id, version: "0", name: "Commission jeunesse et sport", kind: "COMMISSION", sortOrder: "4" }));
    const stale = await expectRefused(callAction(updateGovernanceBodyAction, { bodyId: body.id, version: "0", name: "Autre", kind: "COMMISSION" }));
    expect(stale.formError).toMatch(/modifiée entre-temps/);

    const mandate = await createMandateRow({ bodyId: body.id, memberId: (await createMember()).id });
    const running = await expectRefused(callAction(archiveGovernanceBodyAction, { bodyId: body.id, version: "1", confirm: "on" }));
    expect(running.formError).toBe(BODY_HAS_MANDATES);
    await db.mandate.update({ where: { id: mandate.id }, data: { endsOn: addDays(parisToday(), -1) } });
    await redirectPathOf(callAction(archiveGovernanceBodyAction, { bodyId: body.id, version: "1", confirm: "on" }));
    expect((await db.governanceBody.findUniqueOrThrow({ where: { id: body.id } })).archivedAt).not.toBeNull();
    // Never deleted: the mandate still points at it.
    expect(await db.mandate.count({ where: { bodyId: body.id } })).toBe(1);
  });
});

describe("the reads of the bodies", () => {
  it("show current mandates, seats per college, those ending soon, the employee flag, and a public composition without private names", async () => {
    await createStatutesRow();
    const board = await createBodyRow("BOARD", "Conseil d'administration");
    const today = parisToday();
    const employeeUser = await createUser({ name: "Karim Salarié", roles: ["EMPLOYEE", "BOARD_MEMBER"] });
    await db.employee.create({ data: { userId: employeeUser.id, name: "Karim Salarié", contractType: "CDDI", startsOn: toDay("2025-01-01"), weeklyHours: 26 } });
    const karim = await createMember({ name: "Karim Salarié", userId: employeeUser.id });
    const lucie = await createMember({ name: "Lucie Martin" });
    const old = await createMember({ name: "Ancien Président" });
    await createMandateRow({ bodyId: board.id, memberId: karim.id, startsOn: "2025-01-01" });
    await createMandateRow({ bodyId: board.id, memberId: lucie.id, position: "PRESIDENT", startsOn: "2025-01-01", endsOn: isoDay(addDays(today, 30)), showNamePublicly: true });
    await createMandateRow({ bodyId: board.id, memberId: old.id, position: "PRESIDENT", startsOn: "2020-01-01", endsOn: "2024-12-31", showNamePublicly: true });

    const [listed] = await listBodiesWithMandates();
    expect(listed.mandates.map((m) => [m.holderName, m.endingSoon, m.employee])).toEqual([
      ["Lucie Martin", true, false],
      ["Karim Salarié", false, true],
    ]);
    expect(listed.seats?.find((s) => s.college === "RESIDENTS")).toEqual({ college: "RESIDENTS", filled: 2, seats: 12 });

    const detail = await getBodyWithMandates(board.id);
    expect(detail?.past.map((m) => m.holderName)).toEqual(["Ancien Président"]);

    const [publicBody] = await publicComposition();
    expect(publicBody.seats).toEqual([
      { position: "PRESIDENT", college: "RESIDENTS", holderName: "Lucie Martin" },
      { position: "MEMBER", college: "RESIDENTS", holderName: null },
    ]);
    expect(JSON.stringify(publicBody)).not.toMatch(/Karim|@|c[a-z0-9]{20,}/);
  });
});
