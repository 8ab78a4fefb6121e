import { describe, expect, it } from "vitest";
import { emailSchema, normalizeEmail } from "@/lib/auth/email";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";
import { passwordSchema } from "@/lib/auth/passwords";
import { signInSchema } from "@/lib/auth/verify-credentials";
import {
  changePasswordSchema,
  changeEmailSchema,
  deleteAccountSchema,
  emptySchema,
  grantRoleSchema,
  listPeopleSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  revokeRoleSchema,
  setAccountStatusSchema,
  signUpSchema,
  updateProfileSchema,
} from "@/lib/people/schemas";
import type { z } from "zod";

const ONE_MB = 1024 * 1024;

/** The messages of a failed parse, by field ("" for the form itself). */
function errors(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`Expected a refusal, got ${JSON.stringify(result.data)}`);
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

const validSignUp = { name: "Amina Benali", email: "amina@exemple.test", password: "un-mot-de-passe-assez-long", consent: "on" };

describe("email addresses", () => {
  it.each([
    ["full-width letters", "ＡＭＩＮＡ@Example.TEST", "amina@example.test"],
    ["upper case", "AMINA@EXAMPLE.TEST", "amina@example.test"],
    ["surrounding spaces", "  amina@example.test \t", "amina@example.test"],
    ["a ligature", "ﬁlou@example.test", "filou@example.test"],
    ["full-width at sign", "amina＠example.test", "amina@example.test"],
  ])("are folded to one spelling: %s", (_, raw, expected) => {
    expect(normalizeEmail(raw)).toBe(expected);
    expect(emailSchema.parse(raw)).toBe(expected);
  });

  it.each([["pas-une-adresse"], ["amina@"], ["@example.test"], ["amina @example.test"], [""]])("refuses %j", (raw) => {
    expect(errors(emailSchema, raw)).toEqual({ "": ["Adresse e-mail invalide."] });
  });

  it("refuses an address longer than 254 characters before looking at it", () => {
    expect(errors(emailSchema, `${"a".repeat(243)}@example.test`)).toEqual({ "": ["Adresse e-mail trop longue."] });
    expect(errors(emailSchema, "a".repeat(ONE_MB))).toEqual({ "": ["Adresse e-mail trop longue."] });
  });

  it("refuses a missing address", () => {
    expect(errors(emailSchema, undefined)).toEqual({ "": ["Adresse e-mail requise."] });
  });
});

describe("passwords", () => {
  it("are 12 to 128 characters long, whatever they contain", () => {
    expect(PASSWORD_MIN).toBe(12);
    expect(PASSWORD_MAX).toBe(128);
    expect(errors(passwordSchema, "p".repeat(11))).toEqual({ "": ["Le mot de passe doit faire au moins 12 caractères."] });
    expect(passwordSchema.parse("p".repeat(12))).toBe("p".repeat(12));
    expect(passwordSchema.parse("p".repeat(128))).toBe("p".repeat(128));
    expect(errors(passwordSchema, "p".repeat(129))).toEqual({ "": ["Le mot de passe doit faire au plus 128 caractères."] });
    expect(passwordSchema.parse("tout en minuscules")).toBe("tout en minuscules");
  });

  it("refuses a 1 MB password", () => {
    expect(errors(passwordSchema, "p".repeat(ONE_MB))).toEqual({ "": ["Le mot de passe doit faire au plus 128 caractères."] });
  });

  it("are not trimmed", () => {
    expect(passwordSchema.parse("  espaces autour  ")).toBe("  espaces autour  ");
  });
});

describe("signUpSchema", () => {
  it("accepts a complete form and normalizes it", () => {
    expect(signUpSchema.parse({ ...validSignUp, name: "  Amina Benali ", email: "AMINA@exemple.test", entranceId: "" })).toEqual({
      ...validSignUp,
      entranceId: null,
    });
  });

  it.each([["role", "ADMIN"], ["userId", "cm0000"], ["status", "ACTIVE"], ["partnerId", "p1"], ["sessionVersion", "0"]])(
    "refuses the unknown key %s",
    (key, value) => {
      const result = signUpSchema.safeParse({ ...validSignUp, [key]: value });
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", keys: [key] })]);
    },
  );

  it("refuses a name too short or too long", () => {
    expect(errors(signUpSchema, { ...validSignUp, name: " A " })).toEqual({ name: ["Indiquez votre nom (2 caractères au moins)."] });
    expect(errors(signUpSchema, { ...validSignUp, name: "N".repeat(101) })).toEqual({ name: ["Le nom fait au plus 100 caractères."] });
    expect(signUpSchema.parse({ ...validSignUp, name: "N".repeat(100) }).name).toHaveLength(100);
  });

  it("requires the privacy consent, given as the checkbox's 'on'", () => {
    const message = ["Vous devez accepter la politique de confidentialité."];
    expect(errors(signUpSchema, { ...validSignUp, consent: undefined })).toEqual({ consent: message });
    expect(errors(signUpSchema, { ...validSignUp, consent: "off" })).toEqual({ consent: message });
    expect(errors(signUpSchema, { ...validSignUp, consent: "true" })).toEqual({ consent: message });
  });

  it("refuses an entrance id longer than an id", () => {
    expect(Object.keys(errors(signUpSchema, { ...validSignUp, entranceId: "x".repeat(41) }))).toEqual(["entranceId"]);
  });

  it("refuses a field sent twice (an array)", () => {
    expect(Object.keys(errors(signUpSchema, { ...validSignUp, name: ["Amina", "Admin"] }))).toEqual(["name"]);
  });
});

describe("signInSchema", () => {
  it("refuses a password over 128 characters with the sign-in failure message", () => {
    expect(errors(signInSchema, { email: "a@exemple.test", password: "p".repeat(ONE_MB) })).toEqual({
      password: ["Adresse e-mail ou mot de passe incorrect."],
    });
  });

  it("accepts any non-empty password up to 128 characters (old passwords may be short)", () => {
    expect(signInSchema.parse({ email: "a@exemple.test", password: "court" }).password).toBe("court");
    expect(errors(signInSchema, { email: "a@exemple.test", password: "" })).toEqual({ password: ["Mot de passe requis."] });
  });

  it("refuses unknown keys and an overlong callbackUrl", () => {
    expect(signInSchema.safeParse({ email: "a@exemple.test", password: "x", remember: "on" }).success).toBe(false);
    expect(Object.keys(errors(signInSchema, { email: "a@exemple.test", password: "x", callbackUrl: `/${"a".repeat(500)}` }))).toEqual([
      "callbackUrl",
    ]);
  });
});

describe("updateProfileSchema", () => {
  it("accepts French phone formats and turns empty fields into null", () => {
    expect(updateProfileSchema.parse({ name: "Amina", phone: "+33 (0)6 12.34-56-78", entranceId: "" })).toEqual({
      name: "Amina",
      phone: "+33 (0)6 12.34-56-78",
      entranceId: null,
    });
    expect(updateProfileSchema.parse({ name: "Amina", phone: "  " })).toEqual({ name: "Amina", phone: null });
  });

  it("refuses letters, markup and overlong numbers in the phone", () => {
    expect(errors(updateProfileSchema, { name: "Amina", phone: "06 CALL ME" })).toEqual({ phone: ["Numéro de téléphone invalide."] });
    expect(errors(updateProfileSchema, { name: "Amina", phone: "<b>06</b>" })).toEqual({ phone: ["Numéro de téléphone invalide."] });
    expect(errors(updateProfileSchema, { name: "Amina", phone: "0".repeat(21) })).toEqual({ phone: ["Numéro trop long."] });
  });

  it("refuses an email address or a role in the profile form", () => {
    expect(updateProfileSchema.safeParse({ name: "Amina", email: "x@exemple.test" }).success).toBe(false);
    expect(updateProfileSchema.safeParse({ name: "Amina", role: "ADMIN" }).success).toBe(false);
  });
});

describe("account schemas", () => {
  it("changePasswordSchema needs the current password, of a sane length", () => {
    expect(errors(changePasswordSchema, { currentPassword: "", newPassword: "un-nouveau-mot-de-passe" })).toEqual({
      currentPassword: ["Mot de passe actuel requis."],
    });
    expect(errors(changePasswordSchema, { currentPassword: "p".repeat(ONE_MB), newPassword: "un-nouveau-mot-de-passe" })).toEqual({
      currentPassword: ["Mot de passe actuel incorrect."],
    });
  });

  it("deleteAccountSchema needs exactly SUPPRIMER, and the password", () => {
    expect(deleteAccountSchema.parse({ confirmation: "SUPPRIMER", password: "x" })).toEqual({ confirmation: "SUPPRIMER", password: "x" });
    for (const confirmation of ["supprimer", " SUPPRIMER", "SUPPRIMER ", "OUI", undefined]) {
      expect(errors(deleteAccountSchema, { confirmation, password: "x" })).toEqual({ confirmation: ["Tapez SUPPRIMER en majuscules pour confirmer."] });
    }
    expect(errors(deleteAccountSchema, { confirmation: "SUPPRIMER" })).toEqual({ password: ["Mot de passe requis."] });
    expect(errors(deleteAccountSchema, { confirmation: "SUPPRIMER", password: "" })).toEqual({ password: ["Mot de passe requis."] });
  });

  it("changeEmailSchema normalises the new address and needs the password", () => {
    expect(changeEmailSchema.parse({ newEmail: "ＡＭＩＮＡ@exemple.test", password: "x" })).toEqual({ newEmail: "amina@exemple.test", password: "x" });
    expect(errors(changeEmailSchema, { newEmail: "amina@exemple.test" })).toEqual({ password: ["Mot de passe requis."] });
    expect(changeEmailSchema.safeParse({ newEmail: "amina@exemple.test", password: "x", userId: "quelqu-un" }).success).toBe(false);
  });

  it("emptySchema accepts nothing but an empty form", () => {
    expect(emptySchema.parse({})).toEqual({});
    expect(emptySchema.safeParse({ userId: "someone-else" }).success).toBe(false);
  });

  it("reset schemas bound the token and the address", () => {
    expect(errors(resetPasswordSchema, { token: "court", password: "un-nouveau-mot-de-passe" })).toEqual({ token: ["Lien invalide."] });
    expect(errors(resetPasswordSchema, { token: "t".repeat(201), password: "un-nouveau-mot-de-passe" })).toEqual({ token: ["Lien invalide."] });
    expect(requestPasswordResetSchema.parse({ email: "ＡＭＩＮＡ@exemple.test" })).toEqual({ email: "amina@exemple.test" });
    expect(requestPasswordResetSchema.safeParse({ email: "a@exemple.test", userId: "x" }).success).toBe(false);
  });
});

describe("admin schemas", () => {
  it("grantRoleSchema accepts a known role and a day as end date (end of that day, UTC)", () => {
    expect(grantRoleSchema.parse({ userId: "u1", role: "STAFF", validUntil: "2030-01-31", partnerId: "" })).toEqual({
      userId: "u1",
      role: "STAFF",
      validUntil: new Date("2030-01-31T23:59:59Z"),
      partnerId: null,
    });
    expect(grantRoleSchema.parse({ userId: "u1", role: "STAFF", validUntil: "" }).validUntil).toBeNull();
  });

  it("grantRoleSchema refuses an unknown role, another date format and a missing person", () => {
    expect(Object.keys(errors(grantRoleSchema, { userId: "u1", role: "SUPERUSER" }))).toEqual(["role"]);
    expect(errors(grantRoleSchema, { userId: "u1", role: "STAFF", validUntil: "31/01/2030" })).toEqual({ validUntil: ["Date invalide."] });
    expect(errors(grantRoleSchema, { userId: "u1", role: "STAFF", validUntil: "2030-02-30" })).toEqual({ validUntil: ["Date invalide."] });
    expect(errors(grantRoleSchema, { userId: "", role: "STAFF" })).toEqual({ userId: ["Identifiant manquant."] });
    expect(errors(grantRoleSchema, { userId: "u".repeat(41), role: "STAFF" })).toEqual({ userId: ["Identifiant invalide."] });
    expect(grantRoleSchema.safeParse({ userId: "u1", role: "STAFF", grantedById: "u2" }).success).toBe(false);
  });

  it("setAccountStatusSchema only offers ACTIVE and DISABLED", () => {
    expect(setAccountStatusSchema.parse({ userId: "u1", status: "DISABLED" })).toEqual({ userId: "u1", status: "DISABLED" });
    expect(Object.keys(errors(setAccountStatusSchema, { userId: "u1", status: "DELETED" }))).toEqual(["status"]);
  });

  it("revokeRoleSchema needs a grant id and nothing else", () => {
    expect(revokeRoleSchema.parse({ grantId: "g1" })).toEqual({ grantId: "g1" });
    expect(revokeRoleSchema.safeParse({ grantId: "g1", userId: "u1" }).success).toBe(false);
  });

  it("listPeopleSchema falls back to defaults on bad search parameters", () => {
    expect(listPeopleSchema.parse({ q: "  amina ", role: "STAFF", page: "3" })).toEqual({ q: "amina", role: "STAFF", page: 3 });
    expect(listPeopleSchema.parse({ role: "SUPERUSER", page: "abc" })).toEqual({ role: undefined, page: 1 });
    expect(listPeopleSchema.parse({ page: "0" }).page).toBe(1);
    expect(listPeopleSchema.parse({ page: "99999999" }).page).toBe(1);
    expect(listPeopleSchema.parse({ q: "x".repeat(101) }).q).toBeUndefined();
  });
});
