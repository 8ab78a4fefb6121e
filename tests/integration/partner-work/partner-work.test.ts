import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPartnerContract, listPartnerContracts } from "@/lib/contracts/queries/partner";
import { orderJobAsPartnerAction, sendBackJobAsPartnerAction, validateJobAsPartnerAction } from "@/app/partenaire/interventions/actions";
import { getPartnerJob, getPartnerStatement, listOrderableLines, listPartnerJobs } from "@/lib/work-orders/queries/partner";
import { callAction, expectRedirect, expectRefused } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { addPhoto, addTime, createContract, createEmployee, createJob, createLine, isoDayFromToday } from "../../helpers/partner-work";
import { createCategory, createReportRow, newIdempotencyKey, redirectPathOf, useTemporaryUploadDir } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";
import { routes } from "@/lib/routes";

let uploads: Awaited<ReturnType<typeof useTemporaryUploadDir>>;
beforeAll(async () => {
  uploads = await useTemporaryUploadDir();
});
afterAll(() => uploads.clear());

let landlord: { id: string; name: string };
let other: { id: string; name: string };
let landlordUser: TestUser;
let otherUser: TestUser;
let site: { id: string };
let secondSite: { id: string };
let contract: { id: string; reference: string; partnerId: string };
let otherContract: { id: string; reference: string; partnerId: string };
let line: { id: string };
let otherLine: { id: string };

beforeEach(async () => {
  await resetDatabase();
  await uploads.clear();
  landlord = await createPartner({ name: "Habitat Test" });
  other = await createPartner({ name: "Logis Autre" });
  landlordUser = await createUser({ roles: ["PARTNER"], partnerId: landlord.id });
  otherUser = await createUser({ roles: ["PARTNER"], partnerId: other.id });
  site = (await createTerritory({ ownerPartnerId: landlord.id })).site;
  secondSite = (await createTerritory({ ownerPartnerId: landlord.id })).site;
  contract = await createContract({ partnerId: landlord.id, internalNote: "Marge serrée, à renégocier" });
  otherContract = await createContract({ partnerId: other.id });
  line = await createLine({ contractId: contract.id, siteIds: [site.id] });
  otherLine = await createLine({ contractId: otherContract.id, siteIds: [site.id] });
});

describe("the partner's contracts", () => {
  it("lists its own, never drafts nor another partner's, never the internal note", async () => {
    await createContract({ partnerId: landlord.id, status: "DRAFT" });
    const expired = await createContract({ partnerId: landlord.id, status: "EXPIRED" });
    const list = await listPartnerContracts(actorOf(landlordUser));
    expect(list.map((c) => c.id).sort()).toEqual([contract.id, expired.id].sort());
    expect(JSON.stringify(list)).not.toContain("renégocier");

    const page = await getPartnerContract(actorOf(landlordUser), contract.id);
    expect(page?.lines.map((l) => l.id)).toEqual([line.id]);
    expect(page?.lines[0].sites.map((s) => s.site.id)).toEqual([site.id]);
    expect(JSON.stringify(page)).not.toContain("renégocier");
    expect(await getPartnerContract(actorOf(landlordUser), otherContract.id)).toBeNull();
    expect(await getPartnerContract(actorOf(otherUser), contract.id)).toBeNull();
  });

  it("reads the contract page: terms, current lines in order with their sites by name, documents newest first", async () => {
    const staff = await createUser({ roles: ["STAFF"] });
    await db.site.update({ where: { id: site.id }, data: { name: "Zola" } });
    await db.site.update({ where: { id: secondSite.id }, data: { name: "Allende" } });
    const second = await createLine({ contractId: contract.id, siteIds: [site.id, secondSite.id], unit: "HOURLY", unitPriceCents: 3200, recurrence: "FREQ=WEEKLY;BYDAY=MO" });
    const archived = await createLine({ contractId: contract.id, siteIds: [site.id] });
    await db.contractLine.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    await db.contract.update({ where: { id: contract.id }, data: { amountCents: 1_250_000 } });
    const older = await db.contractDocument.create({
      data: { contractId: contract.id, title: "Avenant 1", storageKey: "a.pdf", bytes: 2048, uploadedById: staff.id, createdAt: new Date("2026-02-01T10:00:00Z") },
    });
    const newer = await db.contractDocument.create({
      data: { contractId: contract.id, title: "Avenant 2", storageKey: "b.pdf", bytes: 4096, uploadedById: staff.id, createdAt: new Date("2026-03-01T10:00:00Z") },
    });

    const page = await getPartnerContract(actorOf(landlordUser), contract.id);
    expect(page).toMatchObject({
      id: contract.id,
      reference: contract.reference,
      kind: "PUBLIC_PROCUREMENT",
      status: "ACTIVE",
      startsOn: new Date("2026-01-01T00:00:00Z"),
      endsOn: new Date("2027-12-31T00:00:00Z"),
      amountCents: 1_250_000,
      partner: { name: "Habitat Test" },
    });
    expect(page?.lines.map((l) => l.id)).toEqual([line.id, second.id]);
    expect(page?.lines[1]).toMatchObject({ unit: "HOURLY", unitPriceCents: 3200, recurrence: "FREQ=WEEKLY;BYDAY=MO", description: null });
    expect(page?.lines[1].sites.map((s) => s.site.name)).toEqual(["Allende", "Zola"]);
    expect(page?.documents).toEqual([
      { id: newer.id, title: "Avenant 2", bytes: 4096, createdAt: new Date("2026-03-01T10:00:00Z") },
      { id: older.id, title: "Avenant 1", bytes: 2048, createdAt: new Date("2026-02-01T10:00:00Z") },
    ]);
  });

  it("does not show a draft even by its id", async () => {
    const draft = await createContract({ partnerId: landlord.id, status: "DRAFT" });
    expect(await getPartnerContract(actorOf(landlordUser), draft.id)).toBeNull();
  });
});

describe("the partner's jobs", () => {
  it("are listed by status and month, its own only", async () => {
    const done = await createJob({ contract, lineId: line.id, siteId: site.id, status: "DONE", scheduledDate: "2026-11-03" });
    const planned = await createJob({ contract, lineId: line.id, siteId: site.id, status: "PLANNED", scheduledDate: "2026-12-01" });
    await createJob({ contract: otherContract, lineId: otherLine.id, siteId: site.id, status: "DONE", scheduledDate: "2026-11-04" });
    const actor = actorOf(landlordUser);

    expect((await listPartnerJobs(actor, { page: 1 })).items.map((j) => j.id)).toEqual([planned.id, done.id]);
    expect((await listPartnerJobs(actor, { status: "DONE", page: 1 })).items.map((j) => j.id)).toEqual([done.id]);
    const november = await listPartnerJobs(actor, { month: "2026-11", page: 1 });
    expect(november.total).toBe(1);
    expect(november.items.map((j) => j.id)).toEqual([done.id]);
    expect((await listPartnerJobs(actor, { month: "2026-10", page: 1 })).total).toBe(0);
    expect((await listPartnerJobs(actor, { page: 2 })).items).toEqual([]);
  });

  it("shows PUBLIC events, photos and the total time, never the internal note nor an employee", async () => {
    const job = await createJob({ contract, lineId: line.id, siteId: site.id, internalNote: "Code du local : 4512" });
    await db.workOrderEvent.createMany({
      data: [
        { workOrderId: job.id, kind: "COMMENT", comment: "Passage confirmé", visibility: "PUBLIC" },
        { workOrderId: job.id, kind: "COMMENT", comment: "Salarié en retard, recadré", visibility: "INTERNAL" },
      ],
    });
    const first = await createEmployee("Moussa Diallo");
    const second = await createEmployee("Awa Traoré");
    await addTime(job.id, first.id, 90);
    await addTime(job.id, second.id, 45);
    const photo = await addPhoto(job.id, "AFTER");

    const shown = await getPartnerJob(actorOf(landlordUser), job.id);
    expect(shown?.events.map((e) => e.comment)).toEqual(["Passage confirmé"]);
    expect(shown?.minutesSpent).toBe(135);
    expect(shown?.photos.map((p) => [p.id, p.kind])).toEqual([[photo.id, "AFTER"]]);
    const text = JSON.stringify(shown);
    for (const secret of ["4512", "recadré", "Moussa", "Awa", photo.storageKey]) expect(text).not.toContain(secret);
    expect(await getPartnerJob(actorOf(otherUser), job.id)).toBeNull();
  });
});

describe("validating and sending back", () => {
  it("validates a done job; one made from a report resolves the report and tells its followers", async () => {
    const resident = await createUser();
    const category = await createCategory();
    const report = await createReportRow({ authorId: resident.id, categoryId: category.id, siteId: site.id, status: "PLANNED" });
    const job = await createJob({ contract, lineId: line.id, siteId: site.id, reportId: report.id });
    await signInAs(landlordUser);

    await expectRedirect(callAction(validateJobAsPartnerAction, { workOrderId: job.id, version: "0" }), routes.partner.job(job.id, "validee"));
    const after = await db.workOrder.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, version: true, validatedAt: true } });
    expect(after).toMatchObject({ status: "VALIDATED", version: 1 });
    expect(after.validatedAt).not.toBeNull();
    expect(await db.workOrderEvent.findFirst({ where: { workOrderId: job.id }, select: { toStatus: true, visibility: true } })).toEqual({ toStatus: "VALIDATED", visibility: "PUBLIC" });
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("RESOLVED");
    expect(await db.notification.count({ where: { userId: resident.id, reportId: report.id } })).toBe(1);
    expect((await auditRows({ action: "work-order.partner-validate" })).map((a) => a.actorId)).toEqual([landlordUser.id]);
  });

  it("sends a done job back with its comment, PUBLIC; without a comment nothing changes", async () => {
    const job = await createJob({ contract, lineId: line.id, siteId: site.id });
    await signInAs(landlordUser);
    const before = await databaseSnapshot();
    const refused = await expectRefused(callAction(sendBackJobAsPartnerAction, { workOrderId: job.id, version: "0", comment: "  " }));
    expect(refused.fieldErrors?.comment).toEqual(["Dites ce qui reste à reprendre."]);
    expect(await databaseSnapshot()).toEqual(before);

    await expectRedirect(
      callAction(sendBackJobAsPartnerAction, { workOrderId: job.id, version: "0", comment: "Les vitres du hall B restent sales." }),
      routes.partner.job(job.id, "renvoyee"),
    );
    const after = await db.workOrder.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, sentBackComment: true, doneAt: true } });
    expect(after).toEqual({ status: "ASSIGNED", sentBackComment: "Les vitres du hall B restent sales.", doneAt: null });
    expect((await getPartnerJob(actorOf(landlordUser), job.id))?.events.map((e) => e.comment)).toEqual(["Les vitres du hall B restent sales."]);
  });

  it("refuses another partner's job (not found), a job not done, an old version; nothing changes", async () => {
    const theirs = await createJob({ contract: otherContract, lineId: otherLine.id, siteId: site.id });
    const assigned = await createJob({ contract, lineId: line.id, siteId: site.id, status: "ASSIGNED" });
    const done = await createJob({ contract, lineId: line.id, siteId: site.id });
    await signInAs(landlordUser);
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(validateJobAsPartnerAction, { workOrderId: theirs.id, version: "0" }))).formError).toBe("Intervention introuvable.");
    expect((await expectRefused(callAction(sendBackJobAsPartnerAction, { workOrderId: theirs.id, version: "0", comment: "Non" }))).formError).toBe(
      "Intervention introuvable.",
    );
    expect((await expectRefused(callAction(validateJobAsPartnerAction, { workOrderId: assigned.id, version: "0" }))).formError).toBe(
      "Cette intervention est « Affectée » : seule une intervention terminée peut être validée ou renvoyée.",
    );
    expect((await expectRefused(callAction(validateJobAsPartnerAction, { workOrderId: done.id, version: "3" }))).formError).toMatch(/modifiée entre-temps/);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses staff, employees and the board calling the partner's commands", async () => {
    const job = await createJob({ contract, lineId: line.id, siteId: site.id });
    const before = await databaseSnapshot();
    for (const roles of [["STAFF"], ["EMPLOYEE"], ["BOARD_MEMBER"]] as const) {
      await signInAs(await createUser({ roles: [...roles] }));
      const snapshot = await databaseSnapshot();
      expect((await expectRefused(callAction(validateJobAsPartnerAction, { workOrderId: job.id, version: "0" }))).formError).toBe("Accès refusé.");
      expect((await expectRefused(callAction(sendBackJobAsPartnerAction, { workOrderId: job.id, version: "0", comment: "Non" }))).formError).toBe("Accès refusé.");
      expect(
        (await expectRefused(callAction(orderJobAsPartnerAction, { lineId: line.id, siteId: site.id, date: isoDayFromToday(3), description: "Un nettoyage", idempotencyKey: newIdempotencyKey() })))
          .formError,
      ).toBe("Accès refusé.");
      expect(await databaseSnapshot()).toEqual(snapshot);
    }
    expect((await db.workOrder.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("DONE");
    expect(before.WorkOrder).toHaveLength(1);
  });
});

describe("ordering a one-off job", () => {
  const order = (fields: Record<string, string>) => ({
    lineId: line.id,
    siteId: site.id,
    date: isoDayFromToday(7),
    description: "Débarrasser le local vélos",
    idempotencyKey: newIdempotencyKey(),
    ...fields,
  });

  it("creates one PLANNED job of the contract's partner, once per form", async () => {
    await signInAs(landlordUser);
    const fields = order({});
    const first = await redirectPathOf(callAction(orderJobAsPartnerAction, fields));
    const again = await redirectPathOf(callAction(orderJobAsPartnerAction, fields));
    const jobs = await db.workOrder.findMany({ select: { id: true, origin: true, status: true, partnerId: true, contractLineId: true, siteId: true, description: true, createdById: true } });
    expect(jobs).toEqual([
      { id: jobs[0].id, origin: "PARTNER_ORDER", status: "PLANNED", partnerId: landlord.id, contractLineId: line.id, siteId: site.id, description: "Débarrasser le local vélos", createdById: landlordUser.id },
    ]);
    expect(first).toBe(routes.partner.job(jobs[0].id, "commandee"));
    expect(again).toBe(first);
    expect(await auditRows({ action: "work-order.partner-order" })).toHaveLength(1);
    // It is the partner's job from now on: in its list, with its public "created" event.
    expect((await getPartnerJob(actorOf(landlordUser), jobs[0].id))?.events.map((e) => e.kind)).toEqual(["CREATED"]);
  });

  it("refuses a draft or expired contract, another partner's line, a site outside the line, a day outside the contract or past, a partnerId", async () => {
    const draft = await createContract({ partnerId: landlord.id, status: "DRAFT" });
    const draftLine = await createLine({ contractId: draft.id, siteIds: [site.id] });
    const expired = await createContract({ partnerId: landlord.id, status: "EXPIRED" });
    const expiredLine = await createLine({ contractId: expired.id, siteIds: [site.id] });
    const short = await createContract({ partnerId: landlord.id, startsOn: isoDayFromToday(-30), endsOn: isoDayFromToday(10) });
    const shortLine = await createLine({ contractId: short.id, siteIds: [site.id] });
    await signInAs(landlordUser);
    const before = await databaseSnapshot();

    const refusal = async (fields: Record<string, string>) => expectRefused(callAction(orderJobAsPartnerAction, order(fields)));
    expect((await refusal({ lineId: draftLine.id })).fieldErrors?.lineId).toEqual(["Prestation introuvable : choisissez-en une dans la liste."]);
    expect((await refusal({ lineId: otherLine.id })).fieldErrors?.lineId).toEqual(["Prestation introuvable : choisissez-en une dans la liste."]);
    expect((await refusal({ lineId: expiredLine.id })).fieldErrors?.lineId?.[0]).toMatch(/n'est plus en cours/);
    expect((await refusal({ siteId: secondSite.id })).fieldErrors?.siteId).toEqual(["Ce site n'est pas couvert par cette prestation."]);
    expect((await refusal({ lineId: shortLine.id, date: isoDayFromToday(20) })).fieldErrors?.date?.[0]).toMatch(/dates du contrat/);
    expect((await refusal({ date: isoDayFromToday(-2) })).fieldErrors?.date?.[0]).toMatch(/passé/);
    expect((await refusal({ partnerId: landlord.id })).formError).toMatch(/champs inattendus/);
    expect((await refusal({ description: "" })).fieldErrors?.description).toBeDefined();
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("offers only the lines of its active contracts", async () => {
    await createLine({ contractId: (await createContract({ partnerId: landlord.id, status: "EXPIRED" })).id, siteIds: [site.id] });
    const lines = await listOrderableLines(actorOf(landlordUser));
    expect(lines.map((l) => l.id)).toEqual([line.id]);
  });
});

describe("the monthly statement", () => {
  it("counts the jobs finished in the Paris month and validated, by unit, against the rows", async () => {
    const hourly = await createLine({ contractId: contract.id, siteIds: [site.id], unit: "HOURLY", unitPriceCents: 2800 });
    const flat = await createLine({ contractId: contract.id, siteIds: [site.id], unit: "FLAT", unitPriceCents: 90_000 });
    const unusedFlat = await createLine({ contractId: contract.id, siteIds: [site.id], unit: "FLAT", unitPriceCents: 50_000 });
    const employee = await createEmployee();
    const validated = (lineId: string, doneAt: string) => createJob({ contract, lineId, siteId: site.id, status: "VALIDATED", doneAt: new Date(doneAt) });

    // 1 Nov 00:30 in Paris is 31 Oct 23:30 UTC: November. 1 Dec 00:30 in Paris: December.
    const a = await validated(line.id, "2026-10-31T23:30:00Z");
    const b = await validated(line.id, "2026-11-15T09:00:00Z");
    await validated(line.id, "2026-11-30T23:30:00Z");
    await validated(line.id, "2026-10-31T22:30:00Z");
    const h = await validated(hourly.id, "2026-11-20T10:00:00Z");
    await validated(flat.id, "2026-11-21T10:00:00Z");
    await validated(flat.id, "2026-11-22T10:00:00Z");
    // Done in November but not validated: not counted.
    await createJob({ contract, lineId: line.id, siteId: site.id, status: "DONE", doneAt: new Date("2026-11-16T09:00:00Z") });
    // Another partner's job on another contract: not counted either.
    await createJob({ contract: otherContract, lineId: otherLine.id, siteId: site.id, status: "VALIDATED", doneAt: new Date("2026-11-16T09:00:00Z") });
    await addTime(a.id, employee.id, 30);
    await addTime(b.id, employee.id, 60);
    await addTime(h.id, employee.id, 150);

    const statement = await getPartnerStatement(actorOf(landlordUser), contract.id, "2026-11", "all");
    expect(statement?.lines.map((l) => [l.id, l.jobs, l.minutes, l.amountCents])).toEqual([
      [line.id, 2, 90, 9000],
      [hourly.id, 1, 150, 7000],
      [flat.id, 2, 0, 90_000],
      [unusedFlat.id, 0, 0, 0],
    ]);
    expect(statement?.totals).toEqual({ jobs: 5, minutes: 240, amountCents: 106_000 });
    expect(statement?.jobs.map((j) => j.id)).toContain(a.id);
  });

  it("adds up in SQL what the files list job by job, and reads only the page of jobs asked for", async () => {
    const hourly = await createLine({ contractId: contract.id, siteIds: [site.id], unit: "HOURLY", unitPriceCents: 2500 });
    const flat = await createLine({ contractId: contract.id, siteIds: [site.id], unit: "FLAT", unitPriceCents: 40_000 });
    const employee = await createEmployee();
    const expected = new Map<string, { jobs: number; minutes: number }>([
      [line.id, { jobs: 0, minutes: 0 }],
      [hourly.id, { jobs: 0, minutes: 0 }],
      [flat.id, { jobs: 0, minutes: 0 }],
    ]);
    // 45 jobs finished across November (Paris time), some with time entered: three pages of 20.
    for (let i = 0; i < 45; i++) {
      const lineId = [line.id, hourly.id, flat.id][i % 3];
      const doneAt = new Date(Date.UTC(2026, 10, 1 + (i % 29), 8 + (i % 9), i));
      const job = await createJob({ contract, lineId, siteId: i % 2 ? site.id : secondSite.id, status: "VALIDATED", doneAt });
      const minutes = i % 4 === 0 ? 0 : 15 * (i % 7) + 20;
      if (minutes) await addTime(job.id, employee.id, minutes);
      const sum = expected.get(lineId)!;
      sum.jobs += 1;
      sum.minutes += minutes;
    }
    // Outside the month, or not validated, or another partner's: in no sum and on no page.
    await createJob({ contract, lineId: line.id, siteId: site.id, status: "VALIDATED", doneAt: new Date("2026-12-01T08:00:00Z") });
    await createJob({ contract, lineId: line.id, siteId: site.id, status: "DONE", doneAt: new Date("2026-11-12T08:00:00Z") });
    await createJob({ contract: otherContract, lineId: otherLine.id, siteId: site.id, status: "VALIDATED", doneAt: new Date("2026-11-12T08:00:00Z") });

    const all = await getPartnerStatement(actorOf(landlordUser), contract.id, "2026-11", "all");
    expect(all?.jobCount).toBe(45);
    expect(all?.jobs).toHaveLength(45);
    // The sums by line are those of the jobs the CSV and the PDF list.
    expect(all?.lines.map((l) => [l.id, l.jobs, l.minutes])).toEqual([...expected].map(([id, sum]) => [id, sum.jobs, sum.minutes]));
    expect(all?.totals.jobs).toBe(all?.jobs.length);
    expect(all?.totals.minutes).toBe(all?.jobs.reduce((n, job) => n + job.minutes, 0));
    const doneAts = all!.jobs.map((job) => job.doneAt.getTime());
    expect(doneAts).toEqual([...doneAts].sort((a, b) => a - b));

    const second = await getPartnerStatement(actorOf(landlordUser), contract.id, "2026-11", { page: 2, pageSize: 20 });
    expect(second?.page).toBe(2);
    expect(second?.jobCount).toBe(45);
    expect(second?.jobs.map((job) => job.id)).toEqual(all?.jobs.slice(20, 40).map((job) => job.id));
    expect(second?.jobs[0]).toEqual(all?.jobs[20]);
    expect({ lines: second?.lines, totals: second?.totals, months: second?.months }).toEqual({ lines: all?.lines, totals: all?.totals, months: all?.months });
    // A page past the last gives the last; a page of none gives the figures alone.
    const past = await getPartnerStatement(actorOf(landlordUser), contract.id, "2026-11", { page: 9, pageSize: 20 });
    expect(past?.page).toBe(3);
    expect(past?.jobs.map((job) => job.id)).toEqual(all?.jobs.slice(40).map((job) => job.id));
    const none = await getPartnerStatement(actorOf(landlordUser), contract.id, "2026-11", { page: 1, pageSize: 0 });
    expect(none?.jobs).toEqual([]);
    expect(none?.totals).toEqual(all?.totals);
  });

  it("refuses another partner's contract, a draft and a bad month", async () => {
    const draft = await createContract({ partnerId: landlord.id, status: "DRAFT" });
    expect(await getPartnerStatement(actorOf(landlordUser), otherContract.id, "2026-11", "all")).toBeNull();
    expect(await getPartnerStatement(actorOf(landlordUser), draft.id, "2026-11", "all")).toBeNull();
    expect(await getPartnerStatement(actorOf(landlordUser), contract.id, "2026-13", "all")).toBeNull();
  });
});

describe("callers", () => {
  it("a partner with no contract sees nothing", async () => {
    const lonely = await createUser({ roles: ["PARTNER"] });
    expect(await listPartnerContracts(actorOf(lonely))).toEqual([]);
    expect((await listPartnerJobs(actorOf(lonely), { page: 1 })).total).toBe(0);
  });
});
