/**
 * What the staff who manage work orders are told of a partner's acts (lib/work-orders/lifecycle.ts
 * `notifyWorkOrderStaff`): a one-off job ordered, done work sent back. One notification per staff
 * member and event, an email to those who take them; nobody else told; a refused act tells nobody.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { orderJobAsPartnerAction, sendBackJobAsPartnerAction } from "@/app/partenaire/interventions/actions";
import { routes } from "@/lib/routes";
import { callAction, expectRedirect, expectRefused } from "../../helpers/actions";
import { resetDatabase } from "../../helpers/database";
import { createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { mailsTo } from "../../helpers/mail";
import { createContract, createJob, createLine, isoDayFromToday } from "../../helpers/partner-work";
import { newIdempotencyKey, redirectPathOf } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

let landlordUser: TestUser;
let colleague: TestUser;
let otherPartnerUser: TestUser;
let planner: TestUser;
let quietStaff: TestUser;
let formerStaff: TestUser;
let employee: TestUser;
let admin: TestUser;
let site: { id: string };
let contract: { id: string; reference: string; partnerId: string };
let line: { id: string };

beforeEach(async () => {
  await resetDatabase();
  const landlord = await createPartner({ name: "Habitat Test" });
  landlordUser = await createUser({ roles: ["PARTNER"], partnerId: landlord.id });
  colleague = await createUser({ roles: ["PARTNER"], partnerId: landlord.id });
  otherPartnerUser = await createUser({ roles: ["PARTNER"], partnerId: (await createPartner({ name: "Logis Autre" })).id });
  planner = await createUser({ roles: ["STAFF"] });
  quietStaff = await createUser({ roles: ["STAFF"] });
  await db.user.update({ where: { id: quietStaff.id }, data: { notifyByEmail: false } });
  formerStaff = await createUser({ roles: ["STAFF"] });
  await db.roleGrant.updateMany({ where: { userId: formerStaff.id }, data: { revokedAt: new Date() } });
  employee = await createUser({ roles: ["EMPLOYEE"] });
  admin = await createUser({ roles: ["ADMIN"] });
  site = (await createTerritory({ ownerPartnerId: landlord.id })).site;
  contract = await createContract({ partnerId: landlord.id });
  line = await createLine({ contractId: contract.id, siteIds: [site.id], task: "Nettoyage du local vélos" });
});

async function noticesByUser() {
  const rows = await db.notification.findMany({ select: { userId: true, workOrderId: true, kind: true, text: true } });
  return new Map(rows.map((row) => [row.userId, row]));
}

function expectOnlyStaffTold(notices: Map<string, { workOrderId: string | null; kind: string }>, workOrderId: string) {
  expect([...notices.keys()].sort()).toEqual([planner.id, quietStaff.id].sort());
  for (const notice of notices.values()) expect(notice).toMatchObject({ workOrderId, kind: "WORK_ORDER_STATUS" });
  for (const nobody of [landlordUser, colleague, otherPartnerUser, formerStaff, employee, admin]) expect(notices.has(nobody.id)).toBe(false);
}

describe("a partner's order", () => {
  const order = () => ({ lineId: line.id, siteId: site.id, date: isoDayFromToday(7), description: "Débarrasser le local vélos", idempotencyKey: newIdempotencyKey() });

  it("tells each staff member who manages work orders once, even when the form is sent twice", async () => {
    await signInAs(landlordUser);
    const fields = order();
    const first = await redirectPathOf(callAction(orderJobAsPartnerAction, fields));
    expect(await redirectPathOf(callAction(orderJobAsPartnerAction, fields))).toBe(first);
    const job = await db.workOrder.findFirstOrThrow({ select: { id: true, number: true } });

    const notices = await noticesByUser();
    expectOnlyStaffTold(notices, job.id);
    expect(await db.notification.count()).toBe(2);
    expect(notices.get(planner.id)?.text).toContain(`Habitat Test a commandé une intervention (n° ${job.number}, Nettoyage du local vélos)`);
    expect(notices.get(planner.id)?.text).toContain(contract.reference);

    // An email to the one who takes them, with the job's staff page; none to the one who does not.
    const mails = mailsTo(planner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Intervention n° ${job.number}`);
    expect(mails[0].text).toContain(routes.staff.workOrder(job.id));
    expect(mailsTo(quietStaff.email)).toHaveLength(0);
    expect(mailsTo(formerStaff.email)).toHaveLength(0);
  });

  it("tells nobody when the order is refused", async () => {
    await signInAs(landlordUser);
    await expectRefused(callAction(orderJobAsPartnerAction, { ...order(), date: isoDayFromToday(-2) }));
    expect(await db.workOrder.count()).toBe(0);
    expect(await db.notification.count()).toBe(0);
    expect(await db.outboundMail.count()).toBe(0);
  });
});

describe("done work sent back by the partner", () => {
  it("tells each staff member who manages work orders, with the partner's comment", async () => {
    const job = await createJob({ contract, lineId: line.id, siteId: site.id });
    await signInAs(landlordUser);
    await expectRedirect(
      callAction(sendBackJobAsPartnerAction, { workOrderId: job.id, version: "0", comment: "Les vitres du hall B restent sales." }),
      routes.partner.job(job.id, "renvoyee"),
    );
    const notices = await noticesByUser();
    expectOnlyStaffTold(notices, job.id);
    expect(notices.get(quietStaff.id)?.text).toBe(`Habitat Test a renvoyé l'intervention n° ${job.number} (Nettoyage du hall) : « Les vitres du hall B restent sales. »`);
    expect(mailsTo(planner.email)).toHaveLength(1);
    expect(mailsTo(quietStaff.email)).toHaveLength(0);
  });

  it("tells nobody when the move is refused: a job not done, an old version, another partner's job", async () => {
    const assigned = await createJob({ contract, lineId: line.id, siteId: site.id, status: "ASSIGNED" });
    const done = await createJob({ contract, lineId: line.id, siteId: site.id });
    await signInAs(landlordUser);
    await expectRefused(callAction(sendBackJobAsPartnerAction, { workOrderId: assigned.id, version: "0", comment: "Non" }));
    await expectRefused(callAction(sendBackJobAsPartnerAction, { workOrderId: done.id, version: "4", comment: "Non" }));
    await signInAs(otherPartnerUser);
    await expectRefused(callAction(sendBackJobAsPartnerAction, { workOrderId: done.id, version: "0", comment: "Non" }));
    expect(await db.notification.count()).toBe(0);
    expect(await db.outboundMail.count()).toBe(0);
  });
});
