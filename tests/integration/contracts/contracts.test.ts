/**
 * Service contracts, staff side: each action through its server action against the database —
 * what it writes (row, version, audit row), what it refuses (callers, bad input, stale versions)
 * without changing anything — and the staff queries (filters, alerts, scope).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  archiveContractLineAction,
  createContractAction,
  createContractLineAction,
  moveContractAction,
  updateContractAction,
  updateContractLineAction,
} from "@/app/gestion/contrats/actions";
import { CONTRACT_CLOSED, DUPLICATE_REFERENCE, LINE_CONFLICT, UNKNOWN_PARTNER, UNKNOWN_SITES, UNKNOWN_TEAM } from "@/lib/contracts/commands/staff";
import { CONTRACT_CONFLICT } from "@/lib/contracts/lifecycle";
import { END_BEFORE_START } from "@/lib/contracts/schemas";
import { ForbiddenError } from "@/lib/core/errors";
import {
  getContractDocumentForStaff,
  getContractForStaff,
  getLineForStaff,
  lineFormOptions,
  listContractPartners,
  listContracts,
  listContractsEndingSoon,
} from "@/lib/contracts/queries/staff";
import { routes } from "@/lib/routes";
import { callAction, expectRefused, type Fields } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { createContractRow, createLineRow, createTeam } from "../../helpers/contracts";
import { redirectPathOf } from "../../helpers/reports";
import { signInAs, signOut } from "../../helpers/session";

let staff: TestUser;
let partner: { id: string; name: string };
let sites: string[];

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ name: "Claire Agent", roles: ["STAFF"] });
  partner = await createPartner({ name: "Habitat Bellerive" });
  sites = [(await createTerritory()).site.id, (await createTerritory()).site.id];
  await signInAs(staff);
});

const contractFields = (overrides: Fields = {}): Fields => ({
  reference: "M2026-014",
  partnerId: partner.id,
  object: "Nettoyage des parties communes",
  kind: "PUBLIC_PROCUREMENT",
  startsOn: "2026-01-01",
  endsOn: "2026-12-31",
  amount: "12 500,50",
  internalNote: "Révision au 1er janvier.",
  ...overrides,
});

const lineFields = (contractId: string, overrides: Fields = {}): Fields => ({
  contractId,
  task: "Nettoyage des halls",
  unit: "PER_VISIT",
  unitPrice: "95,50",
  siteIds: sites,
  startTime: "08:00",
  durationMinutes: "120",
  preset: "weekdays",
  days: ["MO", "TH"],
  ...overrides,
});

/** The line form's fields when editing: no contract id. */
function lineEditFields(overrides: Fields = {}): Fields {
  const fields = lineFields("", overrides);
  delete fields.contractId;
  return fields;
}

const contractIdOf = (path: string) => path.split("/")[3].split("?")[0];

/** Every refusal below must leave the database as it was. */
async function expectUnchanged(call: () => Promise<unknown>) {
  const before = await databaseSnapshot();
  await call();
  expect(await databaseSnapshot()).toEqual(before);
}

const WRONG_ROLES: Role[][] = [["RESIDENT"], ["EMPLOYEE"], ["PARTNER"], ["BOARD_MEMBER"], ["ADMIN"]];

describe("creating a contract", () => {
  it("creates a draft with its amount in cents and an audit row, then goes to its page", async () => {
    const path = await redirectPathOf(callAction(createContractAction, contractFields()));
    const id = contractIdOf(path);
    expect(path).toBe(routes.staff.contract(id, "cree"));
    const contract = await db.contract.findUniqueOrThrow({ where: { id } });
    expect(contract).toMatchObject({ reference: "M2026-014", status: "DRAFT", amountCents: 1_250_050, createdById: staff.id, version: 0, internalNote: "Révision au 1er janvier." });
    expect(contract.startsOn.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(await auditRows({ action: "contract.create", entityId: id })).toHaveLength(1);
  });

  it("gives back the same contract when the form is sent twice", async () => {
    const first = await redirectPathOf(callAction(createContractAction, contractFields()));
    const second = await redirectPathOf(callAction(createContractAction, contractFields()));
    expect(contractIdOf(second)).toBe(contractIdOf(first));
    expect(await db.contract.count()).toBe(1);
  });

  it.each(WRONG_ROLES)("refuses a caller with the role %s", async (role) => {
    await signInAs(await createUser({ roles: [role] }));
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(createContractAction, contractFields()))).formError).toBe("Accès refusé.");
    });
  });

  it("refuses an anonymous caller", async () => {
    signOut();
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(createContractAction, contractFields()))).formError).toBe("Veuillez vous connecter.");
    });
  });

  it("refuses an end before the start", async () => {
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(createContractAction, contractFields({ endsOn: "2025-12-31" })))).fieldErrors).toEqual({ endsOn: [END_BEFORE_START] });
    });
  });

  it("refuses an archived or unknown partner, a status sent by the form, a reference already used by someone else", async () => {
    const archived = await db.partner.create({ data: { name: "Ancien bailleur", kind: "SOCIAL_LANDLORD", archivedAt: new Date() } });
    const other = await createUser({ roles: ["STAFF"] });
    await db.contract.create({ data: { reference: "PRIS", partnerId: partner.id, object: "x", kind: "AGREEMENT", startsOn: new Date(), endsOn: new Date(), createdById: other.id } });
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(createContractAction, contractFields({ partnerId: archived.id })))).fieldErrors).toEqual({ partnerId: [UNKNOWN_PARTNER] });
      expect((await expectRefused(callAction(createContractAction, contractFields({ partnerId: "cm0inconnu" })))).fieldErrors).toEqual({ partnerId: [UNKNOWN_PARTNER] });
      await expectRefused(callAction(createContractAction, contractFields({ status: "ACTIVE" })));
      expect((await expectRefused(callAction(createContractAction, contractFields({ reference: "PRIS" })))).fieldErrors).toEqual({ reference: [DUPLICATE_REFERENCE] });
      expect((await expectRefused(callAction(createContractAction, contractFields({ amount: "douze euros" })))).fieldErrors?.amount).toBeDefined();
    });
  });
});

describe("editing and moving a contract", () => {
  it("edits at the version loaded, with an audit row; a stale version is a conflict", async () => {
    const contract = await createContractRow({ partnerId: partner.id });
    const path = await redirectPathOf(callAction(updateContractAction, { ...contractFields({ object: "Nettoyage et vitres" }), contractId: contract.id, version: "0" }));
    expect(path).toBe(routes.staff.contract(contract.id, "modifie"));
    expect(await db.contract.findUniqueOrThrow({ where: { id: contract.id } })).toMatchObject({ object: "Nettoyage et vitres", version: 1, reference: "M2026-014" });
    expect(await auditRows({ action: "contract.update", entityId: contract.id })).toHaveLength(1);
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(updateContractAction, { ...contractFields({ object: "Autre" }), contractId: contract.id, version: "0" }))).formError).toBe(CONTRACT_CONFLICT);
    });
  });

  it("keeps a partner archived since, but refuses dates that would make a line's rule too long", async () => {
    const contract = await createContractRow({ partnerId: partner.id, reference: "M2026-014" });
    await createLineRow(contract.id, sites, "FREQ=DAILY");
    await db.partner.update({ where: { id: partner.id }, data: { archivedAt: new Date() } });
    await redirectPathOf(callAction(updateContractAction, { ...contractFields({ object: "Nouvel objet" }), contractId: contract.id, version: "0" }));
    await expectUnchanged(async () => {
      const refusal = await expectRefused(callAction(updateContractAction, { ...contractFields({ endsOn: "2035-12-31" }), contractId: contract.id, version: "1" }));
      expect(refusal.fieldErrors?.endsOn?.[0]).toMatch(/plus de 2.000 passages/);
    });
  });

  it("activates a draft, expires, closes with a confirmation, reopens", async () => {
    const contract = await createContractRow({ partnerId: partner.id });
    expect(await redirectPathOf(callAction(moveContractAction, { contractId: contract.id, version: "0", move: "activate" }))).toBe(routes.staff.contract(contract.id, "active"));
    const active = await db.contract.findUniqueOrThrow({ where: { id: contract.id } });
    expect(active).toMatchObject({ status: "ACTIVE", version: 1 });
    expect(active.activatedAt).toBeInstanceOf(Date);
    await redirectPathOf(callAction(moveContractAction, { contractId: contract.id, version: "1", move: "expire" }));
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(moveContractAction, { contractId: contract.id, version: "2", move: "close" }))).fieldErrors?.confirm).toBeDefined();
    });
    await redirectPathOf(callAction(moveContractAction, { contractId: contract.id, version: "2", move: "close", confirm: "on" }));
    expect((await db.contract.findUniqueOrThrow({ where: { id: contract.id } })).closedAt).toBeInstanceOf(Date);
    await redirectPathOf(callAction(moveContractAction, { contractId: contract.id, version: "3", move: "reopen" }));
    const reopened = await db.contract.findUniqueOrThrow({ where: { id: contract.id } });
    expect(reopened).toMatchObject({ status: "ACTIVE", closedAt: null, expiredAt: null, version: 4 });
    expect((await auditRows({ entityId: contract.id })).map((row) => row.action)).toEqual(["contract.activate", "contract.expire", "contract.close", "contract.reopen"]);
  });

  it("refuses a move the table does not have, a stale version, an unknown contract, a non-staff caller", async () => {
    const contract = await createContractRow({ partnerId: partner.id });
    const partnerUser = await createUser({ roles: ["PARTNER"], partnerId: partner.id });
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(moveContractAction, { contractId: contract.id, version: "0", move: "expire" }))).formError).toBe("Impossible de passer de « Brouillon » à « Expiré ».");
      expect((await expectRefused(callAction(moveContractAction, { contractId: contract.id, version: "3", move: "activate" }))).formError).toBe(CONTRACT_CONFLICT);
      expect((await expectRefused(callAction(moveContractAction, { contractId: "cm0inconnu", version: "0", move: "activate" }))).formError).toBe("Contrat introuvable.");
    });
    await signInAs(partnerUser);
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(moveContractAction, { contractId: contract.id, version: "0", move: "activate" }))).formError).toBe("Accès refusé.");
    });
  });
});

describe("the lines of a contract", () => {
  it("adds a line on two sites every Monday and Thursday, with its team and time", async () => {
    const contract = await createContractRow({ partnerId: partner.id });
    const team = await createTeam();
    const path = await redirectPathOf(callAction(createContractLineAction, lineFields(contract.id, { teamId: team.id })));
    expect(path).toBe(routes.staff.contract(contract.id, "prestation-ajoutee"));
    const line = await db.contractLine.findFirstOrThrow({ where: { contractId: contract.id }, include: { sites: true } });
    expect(line).toMatchObject({ task: "Nettoyage des halls", recurrence: "FREQ=WEEKLY;BYDAY=MO,TH", unitPriceCents: 9_550, startMinutes: 480, durationMinutes: 120, teamId: team.id, version: 0 });
    expect(line.sites.map((s) => s.siteId).sort()).toEqual([...sites].sort());
    expect(await auditRows({ action: "contract.line.create", entityId: line.id })).toHaveLength(1);
    // Sent twice: one line.
    await redirectPathOf(callAction(createContractLineAction, lineFields(contract.id, { teamId: team.id })));
    expect(await db.contractLine.count()).toBe(1);
  });

  it("adds the same task at the same price on other sites as a line of its own; only the exact same form sent twice is one line", async () => {
    const contract = await createContractRow({ partnerId: partner.id });
    await redirectPathOf(callAction(createContractLineAction, lineFields(contract.id, { siteIds: [sites[0]] })));
    await redirectPathOf(callAction(createContractLineAction, lineFields(contract.id, { siteIds: [sites[1]] })));
    expect(await db.contractLine.count({ where: { contractId: contract.id } })).toBe(2);
    await redirectPathOf(callAction(createContractLineAction, lineFields(contract.id, { siteIds: [sites[1]], startTime: "14:00" })));
    expect(await db.contractLine.count({ where: { contractId: contract.id } })).toBe(3);
    // The very same submission again: the line it made, nothing new.
    await redirectPathOf(callAction(createContractLineAction, lineFields(contract.id, { siteIds: [sites[1]], startTime: "14:00" })));
    const lines = await db.contractLine.findMany({ where: { contractId: contract.id }, include: { sites: true }, orderBy: { sortOrder: "asc" } });
    expect(lines.map((line) => [line.sites.map((s) => s.siteId), line.startMinutes])).toEqual([
      [[sites[0]], 480],
      [[sites[1]], 480],
      [[sites[1]], 840],
    ]);
    expect(await auditRows({ action: "contract.line.create" })).toHaveLength(3);
  });

  it("stores no rule for work ordered job by job", async () => {
    const contract = await createContractRow({ partnerId: partner.id });
    await redirectPathOf(callAction(createContractLineAction, lineFields(contract.id, { preset: "none", days: undefined, unit: "HOURLY", startTime: "" })));
    expect(await db.contractLine.findFirstOrThrow({ where: { contractId: contract.id } })).toMatchObject({ recurrence: null, unit: "HOURLY", startMinutes: null });
  });

  it("refuses sites that do not exist or are archived, an archived team, a rule of thousands of jobs, a closed contract", async () => {
    const contract = await createContractRow({ partnerId: partner.id, endsOn: "2035-12-31" });
    const archivedSite = (await createTerritory()).site.id;
    await db.site.update({ where: { id: archivedSite }, data: { archivedAt: new Date() } });
    const archivedTeam = await createTeam({ archived: true });
    const closed = await createContractRow({ partnerId: partner.id, status: "CLOSED" });
    const board = await createUser({ roles: ["BOARD_MEMBER"] });
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(createContractLineAction, lineFields(contract.id, { siteIds: [sites[0], "cm0inconnu"] })))).fieldErrors).toEqual({ siteIds: [UNKNOWN_SITES] });
      expect((await expectRefused(callAction(createContractLineAction, lineFields(contract.id, { siteIds: [archivedSite] })))).fieldErrors).toEqual({ siteIds: [UNKNOWN_SITES] });
      expect((await expectRefused(callAction(createContractLineAction, lineFields(contract.id, { teamId: archivedTeam.id })))).fieldErrors).toEqual({ teamId: [UNKNOWN_TEAM] });
      const tooMany = await expectRefused(callAction(createContractLineAction, lineFields(contract.id, { preset: "daily" })));
      expect(tooMany.fieldErrors?.preset?.[0]).toMatch(/plus de 2.000 passages/);
      expect((await expectRefused(callAction(createContractLineAction, lineFields(closed.id)))).formError).toBe(CONTRACT_CLOSED);
      expect((await expectRefused(callAction(createContractLineAction, lineFields(contract.id, { recurrence: "FREQ=HOURLY" })))).formError).toMatch(/champs inattendus/);
    });
    await signInAs(board);
    await expectUnchanged(async () => {
      expect((await expectRefused(callAction(createContractLineAction, lineFields(contract.id)))).formError).toBe("Accès refusé.");
    });
  });

  it("edits a line at its version (its sites replaced), refuses a stale version, archives it", async () => {
    const contract = await createContractRow({ partnerId: partner.id });
    const line = await createLineRow(contract.id, sites);
    const edit = (version: string, overrides: Fields = {}) => {
      const fields = lineEditFields({ siteIds: [sites[1]], preset: "monthly", monthDay: "5", days: undefined, ...overrides });
      return callAction(updateContractLineAction, { ...fields, lineId: line.id, version });
    };
    expect(await redirectPathOf(edit("0"))).toBe(routes.staff.contract(contract.id, "prestation-modifiee"));
    const edited = await db.contractLine.findUniqueOrThrow({ where: { id: line.id }, include: { sites: true } });
    expect(edited).toMatchObject({ recurrence: "FREQ=MONTHLY;BYMONTHDAY=5", version: 1 });
    expect(edited.sites.map((s) => s.siteId)).toEqual([sites[1]]);
    await expectUnchanged(async () => {
      expect((await expectRefused(edit("0"))).formError).toBe(LINE_CONFLICT);
      expect((await expectRefused(callAction(archiveContractLineAction, { lineId: line.id, version: "1" }))).fieldErrors?.confirm).toBeDefined();
    });
    await redirectPathOf(callAction(archiveContractLineAction, { lineId: line.id, version: "1", confirm: "on" }));
    expect((await db.contractLine.findUniqueOrThrow({ where: { id: line.id } })).archivedAt).toBeInstanceOf(Date);
    expect((await auditRows({ entityId: line.id })).map((row) => row.action)).toEqual(["contract.line.update", "contract.line.archive"]);
    // Archived: no longer edited.
    expect((await expectRefused(edit("2"))).formError).toBe("Prestation introuvable.");
  });

  it("keeps a site archived since on the line it already covers", async () => {
    const contract = await createContractRow({ partnerId: partner.id });
    const line = await createLineRow(contract.id, sites);
    await db.site.update({ where: { id: sites[0] }, data: { archivedAt: new Date() } });
    const fields = lineEditFields({ task: "Renommée" });
    await redirectPathOf(callAction(updateContractLineAction, { ...fields, lineId: line.id, version: "0" }));
    expect((await lineFormOptions(actorOf(staff), [sites[0]])).areas.flatMap((a) => a.sites.map((s) => s.id))).toContain(sites[0]);
    expect((await lineFormOptions(actorOf(staff))).areas.flatMap((a) => a.sites.map((s) => s.id))).not.toContain(sites[0]);
  });
});

describe("staff queries", () => {
  it("filters the list by status, partner, ending soon and text, and paginates", async () => {
    const today = new Date("2026-12-02T10:00:00Z");
    const other = await createPartner({ name: "Ville de Bellerive" });
    const soon = await createContractRow({ partnerId: partner.id, status: "ACTIVE", endsOn: "2027-01-16", object: "Sortie des bacs" });
    await createContractRow({ partnerId: partner.id, status: "ACTIVE", endsOn: "2027-06-30" });
    await createContractRow({ partnerId: other.id, status: "DRAFT", endsOn: "2027-01-10" });
    await createContractRow({ partnerId: other.id, status: "EXPIRED", endsOn: "2026-11-30" });
    const actor = actorOf(staff);
    const ids = async (filter: Parameters<typeof listContracts>[1]) => (await listContracts(actor, filter, today)).rows.map((r) => r.id);
    expect((await listContracts(actor, { page: 1 }, today)).total).toBe(4);
    expect(await ids({ page: 1, endingSoon: true })).toEqual([soon.id]);
    expect((await ids({ page: 1, status: "ACTIVE" })).length).toBe(2);
    expect((await ids({ page: 1, partnerId: other.id })).length).toBe(2);
    expect(await ids({ page: 1, search: "BACS" })).toEqual([soon.id]);
    expect((await ids({ page: 1, search: "ville de" })).length).toBe(2);
    expect(await ids({ page: 2 })).toEqual([]);
    expect((await listContractsEndingSoon(actor, today)).map((c) => c.id)).toEqual([soon.id]);
  });

  it("counts the alerts' days in Paris: just past midnight there, a contract that ended yesterday is gone and the window reaches a day further", async () => {
    // 3 December 2026, 00:30 in Paris; still 2 December in UTC.
    const now = new Date("2026-12-02T23:30:00Z");
    await createContractRow({ partnerId: partner.id, status: "ACTIVE", endsOn: "2026-12-02" });
    const endsToday = await createContractRow({ partnerId: partner.id, status: "ACTIVE", endsOn: "2026-12-03" });
    const lastDay = await createContractRow({ partnerId: partner.id, status: "ACTIVE", endsOn: "2027-03-03" });
    await createContractRow({ partnerId: partner.id, status: "ACTIVE", endsOn: "2027-03-04" });
    const actor = actorOf(staff);
    expect((await listContractsEndingSoon(actor, now)).map((c) => c.id)).toEqual([endsToday.id, lastDay.id]);
    expect((await listContracts(actor, { page: 1, endingSoon: true }, now)).rows.map((c) => c.id)).toEqual([endsToday.id, lastDay.id]);
  });

  it("reads a contract with its current lines and documents; partners offered are those not archived", async () => {
    const contract = await createContractRow({ partnerId: partner.id });
    await createLineRow(contract.id, sites);
    const archived = await createLineRow(contract.id, sites);
    await db.contractLine.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    await db.partner.create({ data: { name: "Archivé", kind: "SOCIO_ECONOMIC", archivedAt: new Date() } });
    const read = await getContractForStaff(actorOf(staff), contract.id);
    expect(read?.lines).toHaveLength(1);
    expect(read?.lines[0].sites).toHaveLength(2);
    expect((await listContractPartners(actorOf(staff))).map((p) => p.name)).toEqual(["Habitat Bellerive"]);
  });

  it("refuses every read to a partner, a board member and an employee, even one a page forgot to guard", async () => {
    const contract = await createContractRow({ partnerId: partner.id, status: "ACTIVE" });
    const line = await createLineRow(contract.id, sites);
    const document = await db.contractDocument.create({ data: { contractId: contract.id, title: "Contrat signé", storageKey: "x.pdf", bytes: 10, uploadedById: staff.id }, select: { id: true } });
    const callers = [
      await createUser({ roles: ["PARTNER"], partnerId: partner.id }),
      await createUser({ roles: ["BOARD_MEMBER"] }),
      await createUser({ roles: ["EMPLOYEE"] }),
    ];
    for (const caller of callers) {
      const actor = actorOf(caller);
      await expect(listContracts(actor, { page: 1 })).rejects.toThrow(ForbiddenError);
      await expect(listContractsEndingSoon(actor)).rejects.toThrow(ForbiddenError);
      await expect(getContractForStaff(actor, contract.id)).rejects.toThrow(ForbiddenError);
      await expect(getLineForStaff(actor, line.id)).rejects.toThrow(ForbiddenError);
      await expect(listContractPartners(actor)).rejects.toThrow(ForbiddenError);
      await expect(lineFormOptions(actor)).rejects.toThrow(ForbiddenError);
      await expect(getContractDocumentForStaff(actor, document.id)).rejects.toThrow(ForbiddenError);
    }
  });
});
