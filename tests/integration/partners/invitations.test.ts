/**
 * Inviting a partner's contact to the portal: the staff command (token hash, expiry, outbox mail
 * erased once sent, earlier links revoked) and the public page's actions (a new account, or the
 * owner of the address signed in), with every refusal changing nothing.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/passwords";
import { SESSION_ABSOLUTE_LIFETIME_MS, SESSION_COOKIE, sessionCookieAttributes } from "@/lib/auth/options";
import { appUrl } from "@/lib/env";
import { acceptPartnerInvitationAction, acceptPartnerInvitationNewAccountAction } from "@/app/(auth)/invitation/partenaire/actions";
import { invitePartnerContactAction } from "@/app/gestion/partenaires/actions";
import { invitePartnerContact, revokePartnerInvitation, setPartnerArchived, setPartnerContactArchived, updatePartnerContact } from "@/lib/partners/commands/staff";
import {
  CONTACT_HAS_ACCOUNT,
  CONTACT_WITHOUT_EMAIL,
  INVITATION_EMAIL_TAKEN,
  INVITATION_EXPIRED,
  INVITATION_INVALID,
  INVITATION_OTHER_ACCOUNT,
  INVITATION_REVOKED,
  INVITATION_USED,
} from "@/lib/partners/model";
import { findPartnerInvitation } from "@/lib/partners/queries/invitation";
import { hashLinkToken } from "@/lib/people/tokens";
import { callAction, expectRedirect, expectRefused } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createPartner, createUser, type TestUser } from "../../helpers/factories";
import { lastMailTo, mailsTo } from "../../helpers/mail";
import { createContact, invitationLinkIn, invitedContact } from "../../helpers/partners";
import { getCookie } from "../../helpers/request";
import { currentUserId, signInAs, signOut } from "../../helpers/session";

vi.mock("@/lib/auth/passwords", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/passwords")>();
  // Counts Argon2 hashes: a link that does not work must not cost one.
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});

let staff: TestUser;

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ name: "Claire Agent", roles: ["STAFF"] });
  vi.mocked(hashPassword).mockClear();
});

const newAccount = (token: string) => ({ token, name: "Nadia Ferhat", password: "une phrase de passe solide", consent: "on" });

async function activeGrants(userId: string) {
  return db.roleGrant.findMany({ where: { userId, revokedAt: null }, select: { role: true, partnerId: true } });
}

describe("inviting a contact", () => {
  it("stores only the token's hash, mails the link (body erased once sent) and writes the audit row", async () => {
    const partner = await createPartner({ name: "Habitat Bellerive" });
    const contact = await createContact(partner.id, { name: "Nadia Ferhat", email: "nadia@habitat.test" });
    await signInAs(staff);

    await expectRedirect(callAction(invitePartnerContactAction, { contactId: contact.id, version: "0" }), `/gestion/partenaires/${partner.id}?fait=invitation`);

    const mail = lastMailTo("nadia@habitat.test")!;
    expect(mail.subject).toBe("Votre accès au portail de la Régie de quartier pour Habitat Bellerive");
    expect(mail.text).toContain("Bonjour Nadia Ferhat,");
    const { url, token } = invitationLinkIn(mail);
    expect(`${url.origin}${url.pathname}`).toBe(`${appUrl()}/invitation/partenaire`);
    const invitation = await db.partnerInvitation.findFirstOrThrow({ where: { contactId: contact.id } });
    expect(invitation).toMatchObject({ partnerId: partner.id, email: "nadia@habitat.test", tokenHash: hashLinkToken(token), usedAt: null, revokedAt: null, invitedById: staff.id });
    expect(JSON.stringify(invitation)).not.toContain(token);
    const days = (invitation.expiresAt.getTime() - invitation.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);
    const outbound = await db.outboundMail.findFirstOrThrow({ where: { to: "nadia@habitat.test" } });
    expect(outbound).toMatchObject({ purgeBodyWhenSent: true });
    expect(outbound.text).not.toContain(token);
    expect(await auditRows({ action: "partner-invitation.create", entityId: invitation.id })).toHaveLength(1);
  });

  it("revokes the contact's earlier pending invitation", async () => {
    const { contact, token: first } = await invitedContact(staff);
    await invitePartnerContact({ actor: actorOf(staff) }, { contactId: contact.id, version: 0 });
    const second = invitationLinkIn(lastMailTo(contact.email!)!).token;

    expect(first).not.toBe(second);
    expect((await db.partnerInvitation.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(first) } })).revokedAt).not.toBeNull();
    expect((await findPartnerInvitation(first))?.state).toBe("revoked");
    expect((await findPartnerInvitation(second))?.state).toBe("pending");
  });

  it("refuses a contact without an address, one with an account, an archived one, an archived partner, a stale version", async () => {
    const partner = await createPartner();
    const noEmail = await createContact(partner.id, { email: null });
    const archived = await createContact(partner.id, { archived: true });
    const withAccount = await createContact(partner.id);
    const user = await createUser({ roles: ["PARTNER"], partnerId: partner.id });
    await db.partnerContact.update({ where: { id: withAccount.id }, data: { userId: user.id } });
    const ctx = { actor: actorOf(staff) };
    const before = await databaseSnapshot();

    await expect(invitePartnerContact(ctx, { contactId: noEmail.id, version: 0 })).rejects.toThrow(CONTACT_WITHOUT_EMAIL);
    await expect(invitePartnerContact(ctx, { contactId: withAccount.id, version: 0 })).rejects.toThrow(CONTACT_HAS_ACCOUNT);
    await expect(invitePartnerContact(ctx, { contactId: archived.id, version: 0 })).rejects.toThrow("Ce contact est archivé");
    await expect(invitePartnerContact(ctx, { contactId: noEmail.id, version: 3 })).rejects.toThrow("modifié par quelqu'un d'autre");
    expect(await databaseSnapshot()).toEqual(before);

    const other = await createContact((await createPartner()).id);
    await setPartnerArchived(ctx, { partnerId: other.partnerId, version: 0, archived: true });
    await expect(invitePartnerContact(ctx, { contactId: other.id, version: 0 })).rejects.toThrow("Ce partenaire est archivé");
  });

  it.each([["RESIDENT"], ["PARTNER"], ["BOARD_MEMBER"], ["ADMIN"]] as const)("refuses %s", async (role) => {
    const partner = await createPartner();
    const contact = await createContact(partner.id);
    await signInAs(await createUser({ roles: [role], partnerId: partner.id }));
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(invitePartnerContactAction, { contactId: contact.id, version: "0" }))).formError).toBe("Accès refusé.");
    expect(mailsTo(contact.email!)).toEqual([]);
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe("accepting with a new account", () => {
  it("opens a PARTNER account scoped to the contact's partner, verified, signed in, with audit rows", async () => {
    await createPartner({ name: "Un autre bailleur" });
    const { partner, contact, invitationId, token } = await invitedContact(staff, { email: "nadia@habitat.test" });

    await expectRedirect(callAction(acceptPartnerInvitationNewAccountAction, newAccount(token)), "/partenaire");

    const user = await db.user.findUniqueOrThrow({ where: { email: "nadia@habitat.test" } });
    expect(user).toMatchObject({ name: "Nadia Ferhat", status: "ACTIVE" });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(await activeGrants(user.id)).toEqual([{ role: "PARTNER", partnerId: partner.id }]);
    expect((await db.partnerContact.findUniqueOrThrow({ where: { id: contact.id } })).userId).toBe(user.id);
    expect((await db.partnerInvitation.findUniqueOrThrow({ where: { id: invitationId } })).usedAt).not.toBeNull();
    expect(await currentUserId()).toBe(user.id);
    expect((await auditRows({ entityId: invitationId })).map((r) => r.action)).toEqual(["partner-invitation.create", "partner-invitation.accept"]);
    expect((await auditRows({ entityId: user.id })).map((r) => r.action)).toEqual(["user.sign-up", "role.grant"]);
    // Nothing mailed by the anonymous action.
    expect(mailsTo("nadia@habitat.test")).toHaveLength(1);
  });

  it("signs the new account in with the session cookie's shared name and attributes", async () => {
    const { token } = await invitedContact(staff);
    await expectRedirect(callAction(acceptPartnerInvitationNewAccountAction, newAccount(token)), "/partenaire");

    const cookie = getCookie(SESSION_COOKIE)!;
    expect(SESSION_COOKIE).toBe("quartier.session");
    expect(cookie.options).toEqual({ ...sessionCookieAttributes, maxAge: SESSION_ABSOLUTE_LIFETIME_MS / 1000 });
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
  });

  it("behind an https APP_URL, sets the __Secure- cookie, Secure", async () => {
    const { token } = await invitedContact(staff);
    vi.stubEnv("APP_URL", "https://portail.example.org");
    vi.resetModules();
    try {
      // Loaded again under the https address: the cookie's name and attributes are read at load.
      const options = await import("@/lib/auth/options");
      const { acceptPartnerInvitationNewAccountAction: accept } = await import("@/app/(auth)/invitation/partenaire/actions");
      await expectRedirect(callAction(accept, newAccount(token)), "/partenaire");

      expect(options.SESSION_COOKIE).toBe("__Secure-quartier.session");
      expect(getCookie("quartier.session")).toBeUndefined();
      expect(getCookie(options.SESSION_COOKIE)?.options).toEqual({ ...options.sessionCookieAttributes, maxAge: SESSION_ABSOLUTE_LIFETIME_MS / 1000 });
      expect(options.sessionCookieAttributes).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax", path: "/" });
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });

  it("refuses a used link: nothing changes, no password hashed", async () => {
    const { token } = await invitedContact(staff);
    await expectRedirect(callAction(acceptPartnerInvitationNewAccountAction, newAccount(token)), "/partenaire");
    signOut();
    vi.mocked(hashPassword).mockClear();
    const before = await databaseSnapshot();

    const refusal = await expectRefused(callAction(acceptPartnerInvitationNewAccountAction, { ...newAccount(token), name: "Quelqu'un d'autre" }));

    expect(refusal.formError).toBe(INVITATION_USED);
    expect(hashPassword).not.toHaveBeenCalled();
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses an expired link, a revoked one, a made-up one", async () => {
    const expired = await invitedContact(staff);
    await db.partnerInvitation.update({ where: { id: expired.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await invitedContact(staff);
    await revokePartnerInvitation({ actor: actorOf(staff) }, { invitationId: revoked.invitationId });
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(acceptPartnerInvitationNewAccountAction, newAccount(expired.token)))).formError).toBe(INVITATION_EXPIRED);
    expect((await expectRefused(callAction(acceptPartnerInvitationNewAccountAction, newAccount(revoked.token)))).formError).toBe(INVITATION_REVOKED);
    expect((await expectRefused(callAction(acceptPartnerInvitationNewAccountAction, newAccount("x".repeat(43))))).formError).toBe(INVITATION_INVALID);
    expect(hashPassword).not.toHaveBeenCalled();
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("voids the link when the contact's address changes or the partner is archived", async () => {
    const changed = await invitedContact(staff);
    await updatePartnerContact({ actor: actorOf(staff) }, { contactId: changed.contact.id, version: 0, name: changed.contact.name, jobTitle: null, phone: null, email: "nouvelle@bailleur.test" });
    const archived = await invitedContact(staff);
    await setPartnerArchived({ actor: actorOf(staff) }, { partnerId: archived.partner.id, version: 0, archived: true });

    expect((await expectRefused(callAction(acceptPartnerInvitationNewAccountAction, newAccount(changed.token)))).formError).toBe(INVITATION_REVOKED);
    expect((await expectRefused(callAction(acceptPartnerInvitationNewAccountAction, newAccount(archived.token)))).formError).toBe(INVITATION_REVOKED);
  });

  it("voids the link when the contact is archived: the page and the action say so alike", async () => {
    const { contact, token } = await invitedContact(staff);
    await setPartnerContactArchived({ actor: actorOf(staff) }, { contactId: contact.id, version: 0, archived: true });

    expect((await findPartnerInvitation(token))?.state).toBe("revoked");
    expect((await expectRefused(callAction(acceptPartnerInvitationNewAccountAction, newAccount(token)))).formError).toBe(INVITATION_REVOKED);
  });

  it("sends the owner of an existing account to sign in instead", async () => {
    await createUser({ email: "nadia@habitat.test" });
    const { token } = await invitedContact(staff, { email: "nadia@habitat.test" });
    expect(await findPartnerInvitation(token)).toMatchObject({ state: "pending", accountExists: true, email: "nadia@habitat.test" });
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(acceptPartnerInvitationNewAccountAction, newAccount(token)))).formError).toBe(INVITATION_EMAIL_TAKEN);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses while signed in with another account", async () => {
    const { token } = await invitedContact(staff);
    await signInAs(await createUser());
    const before = await databaseSnapshot();
    expect((await expectRefused(callAction(acceptPartnerInvitationNewAccountAction, newAccount(token)))).formError).toBe(INVITATION_OTHER_ACCOUNT);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("throttles one link tried again and again", async () => {
    const { token } = await invitedContact(staff);
    await db.partnerInvitation.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    for (let i = 0; i < 5; i++) await expectRefused(callAction(acceptPartnerInvitationNewAccountAction, newAccount(token)));
    expect((await expectRefused(callAction(acceptPartnerInvitationNewAccountAction, newAccount(token)))).formError).toMatch(/^Trop de tentatives/);
  });
});

describe("accepting with an existing account", () => {
  it("adds the partner to the signed-in owner of the address, verifies it, links the contact", async () => {
    const owner = await createUser({ email: "nadia@habitat.test", roles: ["RESIDENT"], emailVerified: false });
    const { partner, contact, invitationId, token } = await invitedContact(staff, { email: "nadia@habitat.test" });
    await signInAs(owner);

    await expectRedirect(callAction(acceptPartnerInvitationAction, { token }), "/partenaire");

    expect(await activeGrants(owner.id)).toEqual(expect.arrayContaining([{ role: "RESIDENT", partnerId: null }, { role: "PARTNER", partnerId: partner.id }]));
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).emailVerifiedAt).not.toBeNull();
    expect((await db.partnerContact.findUniqueOrThrow({ where: { id: contact.id } })).userId).toBe(owner.id);
    expect((await auditRows({ entityId: invitationId })).map((r) => r.action)).toEqual(["partner-invitation.create", "partner-invitation.accept"]);
    expect((await auditRows({ action: "role.grant", entityId: owner.id }))).toHaveLength(1);

    // Used once: a second click changes nothing.
    const before = await databaseSnapshot();
    expect((await expectRefused(callAction(acceptPartnerInvitationAction, { token }))).formError).toBe(INVITATION_USED);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses another account, and an anonymous caller", async () => {
    await createUser({ email: "nadia@habitat.test" });
    const { token } = await invitedContact(staff, { email: "nadia@habitat.test" });
    const before = await databaseSnapshot();

    expect((await expectRefused(callAction(acceptPartnerInvitationAction, { token }))).formError).toBe("Veuillez vous connecter.");
    const intruder = await createUser({ roles: ["PARTNER"] });
    await signInAs(intruder);
    const snapshot = await databaseSnapshot();
    expect((await expectRefused(callAction(acceptPartnerInvitationAction, { token }))).formError).toBe(INVITATION_OTHER_ACCOUNT);
    expect(await databaseSnapshot()).toEqual(snapshot);
    expect(before.PartnerInvitation).toEqual(snapshot.PartnerInvitation);
  });
});
