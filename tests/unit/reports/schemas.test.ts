import { describe, expect, it } from "vitest";
import { PLACE_REQUIRED, createReportSchema, reportDraftSearchSchema, respondToResolutionSchema } from "@/lib/reports/schemas";
import { MAP_POINT_PLACE, parsePlace } from "@/lib/reports/place-ref";
import { sniffImageType } from "@/lib/reports/photos";

const valid = {
  categoryId: "cat1",
  place: "building:abc123",
  description: "L'ascenseur est en panne depuis lundi.",
  visibility: "PUBLIC",
  idempotencyKey: "0123456789abcdef0123",
};

describe("createReportSchema", () => {
  it("accepts a minimal report and parses the place", () => {
    const parsed = createReportSchema.parse(valid);
    expect(parsed.place).toEqual({ level: "building", id: "abc123" });
    expect(parsed.photos).toEqual([]);
  });

  it("reads step 1's place: one of the list, « carte » for a point on the map, nothing else", () => {
    expect(reportDraftSearchSchema.parse({ lieu: "entrance:abc123" }).place).toBe("entrance:abc123");
    expect(reportDraftSearchSchema.parse({ lieu: MAP_POINT_PLACE }).place).toBe("carte");
    expect(reportDraftSearchSchema.parse({ lieu: "cartes" }).place).toBeUndefined();
    expect(createReportSchema.safeParse({ ...valid, place: MAP_POINT_PLACE }).success).toBe(false);
  });

  it("refuses unknown keys such as a status or an author", () => {
    expect(createReportSchema.safeParse({ ...valid, status: "RESOLVED" }).success).toBe(false);
    expect(createReportSchema.safeParse({ ...valid, authorId: "someone" }).success).toBe(false);
  });

  it("requires a place of the list or a map point (or both), and both coordinates together", () => {
    const nowhere = createReportSchema.safeParse({ ...valid, place: "" });
    expect(nowhere.error?.issues).toMatchObject([{ path: ["place"], message: PLACE_REQUIRED }]);
    const halfPoint = createReportSchema.safeParse({ ...valid, place: "", latitude: "47.39" });
    expect(halfPoint.error?.issues.map((i) => i.path[0]).sort()).toEqual(["latitude", "place"]);
    expect(createReportSchema.parse({ ...valid, place: "", latitude: "47.39", longitude: "0.68" })).toMatchObject({ place: null, latitude: 47.39, longitude: 0.68 });
    const both = createReportSchema.parse({ ...valid, latitude: "47.39", longitude: "0,68" });
    expect(both).toMatchObject({ place: { level: "building", id: "abc123" }, latitude: 47.39, longitude: 0.68 });
    expect(createReportSchema.parse({ ...valid, latitude: "", longitude: "" })).toMatchObject({ latitude: null, longitude: null });
    expect(createReportSchema.safeParse({ ...valid, latitude: "47.39" }).success).toBe(false);
    expect(createReportSchema.safeParse({ ...valid, latitude: "47.39", longitude: "est" }).success).toBe(false);
    expect(createReportSchema.safeParse({ ...valid, latitude: "91", longitude: "0.68" }).success).toBe(false);
  });

  it("refuses a malformed place reference", () => {
    expect(createReportSchema.safeParse({ ...valid, place: "street:abc" }).success).toBe(false);
    expect(createReportSchema.safeParse({ ...valid, place: "site:../../etc" }).success).toBe(false);
  });

  it("bounds the description to 10–2000 characters", () => {
    expect(createReportSchema.safeParse({ ...valid, description: "trop court".slice(0, 9) }).success).toBe(false);
    expect(createReportSchema.safeParse({ ...valid, description: "x".repeat(2001) }).success).toBe(false);
    expect(createReportSchema.safeParse({ ...valid, description: "x".repeat(2000) }).success).toBe(true);
  });

  it("drops the empty file a browser sends for an empty file input", () => {
    const parsed = createReportSchema.parse({ ...valid, photos: new File([], "") });
    expect(parsed.photos).toEqual([]);
    // The same, sent by a form running with JavaScript: React's decoder names it "undefined".
    expect(createReportSchema.parse({ ...valid, photos: new File([], "undefined") }).photos).toEqual([]);
  });
});

describe("respondToResolutionSchema", () => {
  it("accepts only the two decisions, never a status", () => {
    expect(respondToResolutionSchema.safeParse({ reportId: "r1", version: "2", decision: "fixed" }).success).toBe(true);
    expect(respondToResolutionSchema.safeParse({ reportId: "r1", version: "2", decision: "RESOLVED" }).success).toBe(false);
    expect(respondToResolutionSchema.safeParse({ reportId: "r1", version: "2", decision: "fixed", status: "CLOSED" }).success).toBe(false);
  });
});

describe("parsePlace and sniffImageType", () => {
  it("parses the three levels", () => {
    expect(parsePlace("entrance:e1")).toEqual({ level: "entrance", id: "e1" });
    expect(parsePlace("nowhere")).toBeNull();
  });

  it("recognises JPEG, PNG and WebP by their first bytes only", () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("png");
    expect(sniffImageType(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("webp");
    expect(sniffImageType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode("GIF89a"))).toBeNull();
  });
});
