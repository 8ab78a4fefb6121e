import { describe, expect, it } from "vitest";
import { ambiguousMoves, findMove, targetsFrom } from "@/lib/core/moves";
import { endOfMembershipYear, formatReceiptNumber, membershipMoves, membershipYear } from "@/lib/membership/model";
import { lapsedWhere } from "@/lib/membership/renewals";
import { recordPaperMembershipSchema, recordPaymentSchema, updateMemberSchema } from "@/lib/membership/schemas";
import { registerFilterOf, registerQuerySchema } from "@/lib/membership/register-params";
import { registerCsv } from "@/lib/membership/register-csv";

describe("membership rules", () => {
  it("numbers receipts per year on four digits", () => {
    expect(formatReceiptNumber(2026, 1)).toBe("2026-0001");
    expect(formatReceiptNumber(2026, 123)).toBe("2026-0123");
    expect(formatReceiptNumber(2026, 12345)).toBe("2026-12345");
  });

  it("counts the year in Paris, and ends it at midnight in Paris", () => {
    expect(membershipYear(new Date("2026-12-31T22:59:00Z"))).toBe(2026);
    expect(membershipYear(new Date("2026-12-31T23:00:00Z"))).toBe(2027);
    expect(endOfMembershipYear(2026).toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("lets staff pay and cancel, the member only cancel (and ask again)", () => {
    expect(ambiguousMoves(membershipMoves)).toEqual([]);
    expect(targetsFrom(membershipMoves, "staff", "PENDING")).toEqual(["ACTIVE", "CANCELLED"]);
    expect(targetsFrom(membershipMoves, "member", "PENDING")).toEqual(["CANCELLED"]);
    expect(targetsFrom(membershipMoves, "staff", "ACTIVE")).toEqual([]);
    expect(findMove(membershipMoves, "member", "PENDING", "ACTIVE")).toBeNull();
  });

  it("calls lapsed the active memberships of last year with none pending or active since", () => {
    expect(lapsedWhere(2026)).toEqual({ year: 2025, status: "ACTIVE", member: { memberships: { none: { year: { gte: 2026 }, status: { in: ["PENDING", "ACTIVE"] } } } } });
  });
});

describe("membership schemas", () => {
  it("reads a payment the French way and refuses what is not one", () => {
    expect(recordPaymentSchema.parse({ membershipId: "m1", version: "2", amount: "12,50", method: "CARD", paidOn: "2026-03-01" })).toMatchObject({ amount: 1250, version: 2 });
    const bad = recordPaymentSchema.safeParse({ membershipId: "m1", version: "0", amount: "douze", method: "CASH", paidOn: "2026-02-30", extra: "x" });
    expect(bad.success).toBe(false);
  });

  it("requires an organisation's representative (its partner if it is one), and drops both for a person", () => {
    expect(updateMemberSchema.safeParse({ memberId: "m1", kind: "ORGANISATION", name: "Ville" }).success).toBe(false);
    expect(updateMemberSchema.safeParse({ memberId: "m1", kind: "ORGANISATION", name: "Département", representativeName: "Mme Roy" }).success).toBe(true);
    expect(updateMemberSchema.parse({ memberId: "m1", kind: "PERSON", name: "Jeanne", partnerId: "p1", representativeName: "X" })).toMatchObject({ partnerId: null, representativeName: null });
  });

  it("turns a paper form into a member (new or existing) and an optional payment", () => {
    expect(recordPaperMembershipSchema.parse({ memberId: "m1", year: "2026", college: "RESIDENTS" })).toMatchObject({ member: { existing: "m1" }, payment: null });
    const paid = recordPaperMembershipSchema.parse({ kind: "PERSON", name: "Jeanne", year: "2026", college: "RESIDENTS", paidNow: "on", method: "CASH", paidOn: "2026-02-03" });
    expect(paid.payment).toEqual({ method: "CASH", paidOn: new Date("2026-02-03T00:00:00Z") });
    expect(recordPaperMembershipSchema.safeParse({ year: "2026", college: "RESIDENTS" }).success).toBe(false);
  });

  it("reads the register's filters from the URL, ignoring what is odd", () => {
    const query = registerQuerySchema.parse({ annee: "2026", college: "NOPE", statut: "ACTIVE", renouvellement: "1", q: " Perrin ", page: "x" });
    expect(registerFilterOf(query)).toEqual({ year: 2026, college: undefined, status: "ACTIVE", kind: undefined, renewalDue: true, search: "Perrin" });
    expect(query.page).toBe(1);
  });

  it("writes the register as CSV for a spreadsheet, formulas defused", () => {
    const csv = registerCsv([
      {
        id: "x",
        year: 2026,
        college: "RESIDENTS",
        status: "ACTIVE",
        source: "PAPER",
        feeCents: 1050,
        memberId: "m",
        kind: "PERSON",
        name: "=Jeanne",
        representativeName: null,
        email: null,
        phone: null,
        payment: { id: "p", amountCents: 1050, method: "CASH", paidOn: new Date("2026-02-03T00:00:00Z"), receipt: "2026-0001" },
      },
    ]);
    expect(csv.split("\r\n")[1]).toBe(`2026;'=Jeanne;Personne;;;;Habitants;À jour;Bulletin papier;"10,50";"10,50";Espèces;2026-02-03;2026-0001`);
  });
});

describe("membership addresses", () => {
  it("writes the pages, the notices, the filtered CSV and the receipts", async () => {
    const { routes } = await import("@/lib/routes");
    expect(routes.mine.membership).toBe("/espace/adhesion");
    expect(routes.mine.membershipDone("demandee")).toBe("/espace/adhesion?fait=demandee");
    expect(routes.mine.membershipReceipt("p 1")).toBe("/espace/adhesion/recus/p%201");
    expect(routes.staff.members).toBe("/gestion/adherents");
    expect(routes.staff.member("m1", "payee")).toBe("/gestion/adherents/m1?fait=payee");
    expect(routes.staff.membersCsv({ annee: "2026", college: "", renouvellement: "1" })).toBe("/gestion/adherents/export?annee=2026&renouvellement=1");
    expect(routes.staff.newMembershipFor("m1")).toBe("/gestion/adherents/nouveau?adherent=m1");
    expect(routes.staff.memberReceipt("p1")).toBe("/gestion/adherents/recus/p1");
  });
});
