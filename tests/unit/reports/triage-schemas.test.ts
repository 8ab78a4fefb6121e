import { describe, expect, it } from "vitest";
import { bulkTriageSchema, setReportStatusSchema } from "@/lib/reports/schemas";

describe("setReportStatusSchema", () => {
  it("refuses statuses this form may not set and a rejection without a reason", () => {
    expect(setReportStatusSchema.safeParse({ reportId: "abc", version: "0", status: "ROUTED" }).success).toBe(false);
    expect(setReportStatusSchema.safeParse({ reportId: "abc", version: "0", status: "NEW" }).success).toBe(false);
    expect(setReportStatusSchema.safeParse({ reportId: "abc", version: "0", status: "REJECTED" }).success).toBe(false);
    expect(setReportStatusSchema.safeParse({ reportId: "abc", version: "0", status: "REJECTED", comment: "Hors périmètre" }).success).toBe(true);
    expect(setReportStatusSchema.safeParse({ reportId: "abc", version: "0", status: "RESOLVED", extra: "1" }).success).toBe(false);
  });
});

describe("bulkTriageSchema", () => {
  it("reads each checked row as id and version, and needs a partner to route", () => {
    expect(bulkTriageSchema.parse({ operation: "acknowledge", selected: "abc:3" }).selected).toEqual([{ reportId: "abc", version: 3 }]);
    expect(bulkTriageSchema.safeParse({ operation: "route", selected: ["abc:3"] }).success).toBe(false);
    expect(bulkTriageSchema.safeParse({ operation: "acknowledge", selected: ["abc"] }).success).toBe(false);
    expect(bulkTriageSchema.safeParse({ operation: "delete", selected: ["abc:1"] }).success).toBe(false);
  });
});
