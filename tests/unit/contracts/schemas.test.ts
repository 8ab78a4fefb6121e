import { describe, expect, it } from "vitest";
import { END_BEFORE_START, createContractSchema, createLineSchema, moveContractSchema, uploadDocumentSchema } from "@/lib/contracts/schemas";

const contract = {
  reference: "M2026-014",
  partnerId: "cm0partner",
  object: "Nettoyage des parties communes",
  kind: "PUBLIC_PROCUREMENT",
  startsOn: "2026-01-01",
  endsOn: "2026-12-31",
  amount: "12 500,50",
};

const line = {
  contractId: "cm0contract",
  task: "Nettoyage des halls",
  unit: "PER_VISIT",
  unitPrice: "95,00",
  siteIds: ["cm0site1", "cm0site2"],
  startTime: "07:30",
  durationMinutes: "120",
  preset: "weekdays",
  days: ["MO", "TH"],
};

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("createContractSchema", () => {
  it("reads dates as days and the amount as cents", () => {
    const parsed = createContractSchema.parse(contract);
    expect(parsed.startsOn.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(parsed.amount).toBe(1_250_050);
    expect(parsed.internalNote).toBeNull();
  });

  it("refuses an end before the start, on the end field", () => {
    expect(errorsOf(createContractSchema.safeParse({ ...contract, endsOn: "2025-12-31" }))).toEqual({ endsOn: END_BEFORE_START });
  });

  it("accepts a contract of one day", () => {
    expect(createContractSchema.safeParse({ ...contract, endsOn: "2026-01-01" }).success).toBe(true);
  });

  it("refuses a bad amount, an impossible date, unknown keys, a status", () => {
    expect(Object.keys(errorsOf(createContractSchema.safeParse({ ...contract, amount: "12,345" })))).toEqual(["amount"]);
    expect(Object.keys(errorsOf(createContractSchema.safeParse({ ...contract, startsOn: "2026-02-30" })))).toContain("startsOn");
    expect(createContractSchema.safeParse({ ...contract, status: "ACTIVE" }).success).toBe(false);
    expect(Object.keys(errorsOf(createContractSchema.safeParse({ ...contract, partnerId: "" })))).toEqual(["partnerId"]);
  });
});

describe("createLineSchema", () => {
  it("turns the schedule's fields into a rule and the time into minutes", () => {
    const parsed = createLineSchema.parse(line);
    expect(parsed).toMatchObject({ recurrence: "FREQ=WEEKLY;BYDAY=MO,TH", startTime: 450, durationMinutes: 120, unitPrice: 9_500, teamId: null });
    expect(parsed).not.toHaveProperty("preset");
  });

  it("takes a single site and a single day as lists", () => {
    expect(createLineSchema.parse({ ...line, siteIds: "cm0site1", days: "TH" })).toMatchObject({ siteIds: ["cm0site1"], recurrence: "FREQ=WEEKLY;BYDAY=TH" });
  });

  it("says what to fix, field by field", () => {
    expect(errorsOf(createLineSchema.safeParse({ ...line, days: undefined }))).toEqual({ days: "Cochez au moins un jour de la semaine." });
    expect(Object.keys(errorsOf(createLineSchema.safeParse({ ...line, siteIds: undefined })))).toEqual(["siteIds"]);
    expect(Object.keys(errorsOf(createLineSchema.safeParse({ ...line, startTime: "25:00" })))).toEqual(["startTime"]);
    expect(Object.keys(errorsOf(createLineSchema.safeParse({ ...line, unitPrice: "" })))).toEqual(["unitPrice"]);
    expect(Object.keys(errorsOf(createLineSchema.safeParse({ ...line, preset: "hourly" })))).toEqual(["preset"]);
    expect(createLineSchema.safeParse({ ...line, recurrence: "FREQ=HOURLY" }).success).toBe(false);
  });
});

describe("moveContractSchema and uploadDocumentSchema", () => {
  it("needs a ticked box to close", () => {
    expect(moveContractSchema.safeParse({ contractId: "c1", version: "0", move: "close" }).success).toBe(false);
    expect(moveContractSchema.safeParse({ contractId: "c1", version: "0", move: "close", confirm: "on" }).success).toBe(true);
    expect(moveContractSchema.safeParse({ contractId: "c1", version: "0", move: "activate" }).success).toBe(true);
    expect(moveContractSchema.safeParse({ contractId: "c1", version: "0", move: "destroy" }).success).toBe(false);
  });

  it("needs a file and a title", () => {
    const file = new File(["%PDF-1.4"], "marche.pdf", { type: "application/pdf" });
    expect(uploadDocumentSchema.safeParse({ contractId: "c1", title: "Marché", file }).success).toBe(true);
    expect(Object.keys(errorsOf(uploadDocumentSchema.safeParse({ contractId: "c1", title: "Marché", file: new File([], "") })))).toEqual(["file"]);
    expect(Object.keys(errorsOf(uploadDocumentSchema.safeParse({ contractId: "c1", title: " ", file })))).toEqual(["title"]);
  });
});
