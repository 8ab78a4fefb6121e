import { describe, expect, it } from "vitest";
import {
  acceptInvitationNewAccountSchema,
  createContactSchema,
  createPartnerSchema,
  createSubtypeSchema,
  partnerListParamsSchema,
  updatePartnerSchema,
} from "@/lib/partners/schemas";
import { invitationState } from "@/lib/partners/model";

const valid = { name: "  Habitat   Bellerive ", kind: "SOCIAL_LANDLORD" };

describe("createPartnerSchema", () => {
  it("tidies the name and turns blanks into nothing", () => {
    expect(createPartnerSchema.parse({ ...valid, subtypeId: "", description: " ", website: "", email: "", phone: "", address: "" })).toEqual({
      name: "Habitat Bellerive",
      kind: "SOCIAL_LANDLORD",
      subtypeId: null,
      description: null,
      website: null,
      email: null,
      phone: null,
      address: null,
    });
  });

  it("normalises the address and keeps a web address", () => {
    const parsed = createPartnerSchema.parse({ ...valid, email: " Contact@Habitat.TEST ", website: "https://habitat-bellerive.test", phone: "02 47 00 00 00" });
    expect(parsed).toMatchObject({ email: "contact@habitat.test", website: "https://habitat-bellerive.test", phone: "02 47 00 00 00" });
  });

  it.each([
    [{ ...valid, name: "H" }, "name", "Indiquez le nom du partenaire (2 caractères au moins)."],
    [{ ...valid, kind: "BANK" }, "kind", "Choisissez le type de partenaire."],
    [{ name: "Habitat" }, "kind", "Choisissez le type de partenaire."],
    [{ ...valid, website: "habitat.test" }, "website", "Adresse de site invalide : elle commence par https:// (ou http://)."],
    [{ ...valid, website: "javascript:alert(1)" }, "website", "Adresse de site invalide : elle commence par https:// (ou http://)."],
    [{ ...valid, email: "pas-une-adresse" }, "email", "Adresse e-mail invalide."],
    [{ ...valid, phone: "appelez-moi" }, "phone", "Numéro de téléphone invalide : chiffres, espaces, +, points et tirets seulement."],
    [{ ...valid, subtypeId: "pas un id" }, "subtypeId", "Identifiant invalide."],
  ])("refuses %j with a French message on its field", (input, field, message) => {
    const result = createPartnerSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });

  it("refuses unknown keys (no archivedAt, version or id sent by a form)", () => {
    expect(createPartnerSchema.safeParse({ ...valid, archivedAt: "2026-01-01" }).success).toBe(false);
  });

  it("needs the id and the version to edit", () => {
    expect(updatePartnerSchema.safeParse(valid).success).toBe(false);
    expect(updatePartnerSchema.parse({ ...valid, partnerId: "abc123", version: "4" })).toMatchObject({ partnerId: "abc123", version: 4 });
  });
});

describe("the other inputs", () => {
  it("contacts: a name is enough, a partner id is required", () => {
    expect(createContactSchema.parse({ partnerId: "abc", name: "Nadia Ferhat" })).toEqual({ partnerId: "abc", name: "Nadia Ferhat", jobTitle: null, phone: null, email: null });
    expect(createContactSchema.safeParse({ name: "Nadia Ferhat" }).success).toBe(false);
    expect(createContactSchema.safeParse({ partnerId: "abc", name: "Nadia Ferhat", userId: "u1" }).success).toBe(false);
  });

  it("sub-types: a name, a kind or none", () => {
    expect(createSubtypeSchema.parse({ name: "Association", kind: "" })).toEqual({ name: "Association", kind: null });
    expect(createSubtypeSchema.safeParse({ name: "Association", kind: "OTHER" }).success).toBe(false);
  });

  it("the invitation's new account: the sign-up password rules and consent", () => {
    const input = { token: "x".repeat(43), name: "Nadia Ferhat", password: "une phrase assez longue", consent: "on" };
    expect(acceptInvitationNewAccountSchema.safeParse(input).success).toBe(true);
    expect(acceptInvitationNewAccountSchema.safeParse({ ...input, password: "court" }).success).toBe(false);
    expect(acceptInvitationNewAccountSchema.safeParse({ ...input, consent: undefined }).success).toBe(false);
    expect(acceptInvitationNewAccountSchema.safeParse({ ...input, partnerId: "p1" }).success).toBe(false);
  });

  it("the list's filters: French values, anything odd ignored", () => {
    expect(partnerListParamsSchema.parse({ type: "bailleur", etat: "archives", page: "2" })).toMatchObject({ type: "bailleur", etat: "archives", page: 2 });
    expect(partnerListParamsSchema.parse({ type: "SOCIAL_LANDLORD", etat: "x", page: "-1", precision: "!" })).toEqual({ q: undefined, type: undefined, precision: undefined, etat: "actifs", page: 1 });
  });
});

describe("invitationState", () => {
  const now = new Date("2026-12-02T10:00:00Z");
  const later = new Date("2026-12-09T10:00:00Z");
  it("reads used, revoked, expired, pending in that order", () => {
    expect(invitationState({ usedAt: now, revokedAt: now, expiresAt: later }, now)).toBe("used");
    expect(invitationState({ usedAt: null, revokedAt: now, expiresAt: later }, now)).toBe("revoked");
    expect(invitationState({ usedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(invitationState({ usedAt: null, revokedAt: null, expiresAt: later }, now)).toBe("pending");
  });
});
