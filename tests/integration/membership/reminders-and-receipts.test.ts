/**
 * The lapsed members' reminder (once per lapsed year, whatever the runs) and the receipt PDF's two
 * routes: the member's own in Mon espace, any for staff; someone else's is a 404, no permission a
 * 403, nobody signed in a 401. The PDF is read back to check what it says.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { db } from "@/lib/db";
import { GET as getMyReceipt } from "@/app/espace/adhesion/recus/[id]/route";
import { GET as getStaffReceipt } from "@/app/gestion/adherents/recus/[id]/route";
import { GET as getRegisterCsv } from "@/app/gestion/adherents/export/route";
import { recordPayment } from "@/lib/membership/commands/staff";
import { membershipYear } from "@/lib/membership/model";
import { REMINDERS_PER_RUN, remindLapsedMembers } from "@/lib/membership/reminders";
import { routes } from "@/lib/routes";
import { resetDatabase } from "../../helpers/database";
import { actorOf, createPartner, createUser, type TestUser } from "../../helpers/factories";
import { allMails, clearInbox, mailsTo } from "../../helpers/mail";
import { createMemberRow, createMembershipRow } from "../../helpers/membership";
import { signInAs, signOut } from "../../helpers/session";

const year = membershipYear();

beforeEach(async () => {
  await resetDatabase();
  signOut();
  clearInbox();
});

describe("reminding lapsed members", () => {
  it("mails each member lapsed since last year once, and a second run sends nothing", async () => {
    const withAccount = await createUser({ email: "odile@exemple.test" });
    const lapsed = await createMemberRow({ userId: withAccount.id, email: null, name: "Odile Perrin" });
    const lapsedRow = await createMembershipRow({ memberId: lapsed.id, year: year - 1, status: "ACTIVE" });
    const paper = await createMemberRow({ email: "marc@exemple.test", name: "Marc Olivier" });
    await createMembershipRow({ memberId: paper.id, year: year - 1, status: "ACTIVE" });
    const renewed = await createMemberRow({ email: "renouvele@exemple.test" });
    await createMembershipRow({ memberId: renewed.id, year: year - 1, status: "ACTIVE" });
    await createMembershipRow({ memberId: renewed.id, year, status: "PENDING" });
    const older = await createMemberRow({ email: "ancien@exemple.test" });
    await createMembershipRow({ memberId: older.id, year: year - 2, status: "ACTIVE" });
    const neverPaid = await createMemberRow({ email: "jamais@exemple.test" });
    await createMembershipRow({ memberId: neverPaid.id, year: year - 1, status: "CANCELLED" });
    const noAddress = await createMemberRow({ email: null });
    await createMembershipRow({ memberId: noAddress.id, year: year - 1, status: "ACTIVE" });

    const sent = await remindLapsedMembers();
    expect(allMails().flatMap((m) => m.to).sort()).toEqual(["marc@exemple.test", "odile@exemple.test"]);
    expect(sent).toBe(2);
    expect(mailsTo("odile@exemple.test")).toHaveLength(1);
    expect(mailsTo("odile@exemple.test")[0].text).toContain(routes.mine.membership);
    expect(mailsTo("marc@exemple.test")).toHaveLength(1);
    expect(allMails()).toHaveLength(2);
    expect((await db.membership.findUniqueOrThrow({ where: { id: lapsedRow.id } })).reminderSentAt).not.toBeNull();

    expect(await remindLapsedMembers()).toBe(0);
    expect(allMails()).toHaveLength(2);
    expect(await db.outboundMail.count()).toBe(2);
  });

  it("is bounded per run: the rest wait for the next", async () => {
    expect(REMINDERS_PER_RUN).toBe(200);
    for (let i = 0; i < 3; i++) await createMembershipRow({ memberId: (await createMemberRow()).id, year: year - 1, status: "ACTIVE" });
    expect(await remindLapsedMembers(new Date(), 2)).toBe(2);
    expect(await remindLapsedMembers(new Date(), 2)).toBe(1);
    expect(await remindLapsedMembers(new Date(), 2)).toBe(0);
    expect(allMails()).toHaveLength(3);
  });
});

async function pdfText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const pdf = await getDocument({ data: bytes, standardFontDataUrl: `${process.cwd()}/node_modules/pdfjs-dist/standard_fonts/` }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  return content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
}

describe("receipts", () => {
  let owner: TestUser;
  let staff: TestUser;
  let paymentId: string;

  beforeEach(async () => {
    owner = await createUser({ roles: ["RESIDENT"] });
    staff = await createUser({ name: "Claire Lefèvre", roles: ["STAFF"] });
    const partner = await createPartner({ name: "Centre social Les Tilleuls", kind: "SOCIO_ECONOMIC" });
    const member = await createMemberRow({ userId: owner.id, kind: "ORGANISATION", name: "Centre social Les Tilleuls", partnerId: partner.id, representativeName: "Yves Garnier" });
    const membership = await createMembershipRow({ memberId: member.id, year, college: "SOCIO_ECONOMIC_PARTNERS", feeCents: 5000 });
    const paid = await recordPayment({ actor: actorOf({ ...staff, roles: ["STAFF"] }) }, { membershipId: membership.id, version: 0, amount: 5000, method: "CHEQUE", paidOn: new Date(`${year}-01-15T00:00:00Z`) });
    paymentId = paid.paymentId;
  });

  const params = (id: string) => ({ params: Promise.resolve({ id }) });
  const request = (path: string) => new Request(`http://localhost${path}`);

  it("serves the member their own receipt, saying what was paid, by whom, for what", async () => {
    await signInAs(owner);
    const response = await getMyReceipt(request(routes.mine.membershipReceipt(paymentId)), params(paymentId));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const text = await pdfText(response);
    for (const expected of [`${year}-0001`, "Régie de quartier de Bellerive", "Centre social Les Tilleuls", "Yves Garnier", "Partenaires socio-économiques", String(year), "50,00", "Chèque", "Claire Lefèvre"]) {
      expect(text).toContain(expected);
    }
  });

  it("serves staff any receipt, and refuses everyone else", async () => {
    await signInAs(staff);
    expect((await getStaffReceipt(request(routes.staff.memberReceipt(paymentId)), params(paymentId))).status).toBe(200);
    // Staff in Mon espace reach only their own.
    expect((await getMyReceipt(request(routes.mine.membershipReceipt(paymentId)), params(paymentId))).status).toBe(404);

    await signInAs(await createUser({ roles: ["RESIDENT"] }));
    expect((await getMyReceipt(request(routes.mine.membershipReceipt(paymentId)), params(paymentId))).status).toBe(404);
    expect((await getStaffReceipt(request(routes.staff.memberReceipt(paymentId)), params(paymentId))).status).toBe(403);
    expect((await getMyReceipt(request(routes.mine.membershipReceipt("x!y")), params("x!y"))).status).toBe(404);

    await signInAs(await createUser({ roles: ["BOARD_MEMBER"] }));
    expect((await getStaffReceipt(request(routes.staff.memberReceipt(paymentId)), params(paymentId))).status).toBe(403);
    expect((await getRegisterCsv(request(routes.staff.membersCsv({ annee: String(year) })))).status).toBe(200);

    signOut();
    expect((await getMyReceipt(request(routes.mine.membershipReceipt(paymentId)), params(paymentId))).status).toBe(401);
    expect((await getStaffReceipt(request(routes.staff.memberReceipt(paymentId)), params(paymentId))).status).toBe(401);
    expect((await getRegisterCsv(request(routes.staff.membersCsv({})))).status).toBe(401);
  });

  it("exports the register as CSV with the page's filters", async () => {
    await signInAs(staff);
    const response = await getRegisterCsv(request(routes.staff.membersCsv({ annee: String(year), college: "SOCIO_ECONOMIC_PARTNERS" })));
    expect(response.headers.get("content-type")).toContain("text/csv");
    const text = await response.text();
    expect(text).toContain("Centre social Les Tilleuls");
    expect(text).toContain(`${year}-0001`);
    const none = await (await getRegisterCsv(request(routes.staff.membersCsv({ college: "RESIDENTS" })))).text();
    expect(none).not.toContain("Tilleuls");
  });
});
