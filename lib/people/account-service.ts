import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { recordSecurityEvent } from "@/lib/auth/security-log";
import type { SignInClient } from "@/lib/auth/verify-credentials";
import { appUrl } from "@/lib/env";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import type { SignUpInput, UpdateProfileInput } from "@/lib/people/schemas";
import { Prisma } from "@/lib/generated/prisma/client";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;
export const EMAIL_TAKEN = "Un compte existe déjà avec cette adresse. Connectez-vous ou réinitialisez votre mot de passe.";
const INVALID_ENTRANCE = "Cette entrée ne fait pas partie du territoire de la Régie.";

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

async function assertEntranceExists(entranceId: string | null | undefined) {
  if (!entranceId) return;
  const entrance = await db.entrance.findUnique({ where: { id: entranceId }, select: { id: true } });
  if (!entrance) throw new ValidationError(INVALID_ENTRANCE, { entranceId: [INVALID_ENTRANCE] });
}

/** A resident's own sign-up: the account and its RESIDENT grant, nothing more. */
export async function signUpResident(input: SignUpInput) {
  await assertEntranceExists(input.entranceId);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          entranceId: input.entranceId ?? null,
          privacyConsentAt: new Date(),
          roleGrants: { create: { role: "RESIDENT" } },
        },
        select: { id: true, sessionVersion: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "user.sign-up",
        entityType: "User",
        entityId: user.id,
        after: { roles: ["RESIDENT"] },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ValidationError(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    }
    throw error;
  }
}

/** Sends a single-use link if the address has an active account; says nothing either way. */
export async function requestPasswordReset(email: string) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, status: true, name: true } });
  if (!user || user.status !== "ACTIVE") return;
  const token = randomBytes(32).toString("base64url");
  await db.passwordResetToken.create({
    data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS) },
  });
  await sendMail({
    to: email,
    subject: "Réinitialiser votre mot de passe",
    text: [
      `Bonjour ${user.name},`,
      "",
      "Pour choisir un nouveau mot de passe sur le portail de la Régie de quartier, ouvrez ce lien (valable une heure, une seule fois) :",
      `${appUrl()}/mot-de-passe/nouveau?token=${token}`,
      "",
      "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.",
    ].join("\n"),
  });
}

export const INVALID_RESET_TOKEN = "Ce lien n'est plus valable. Demandez-en un nouveau.";

/** Uses the token once; ends every open session of the account. */
export async function resetPassword(token: string, password: string) {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    // The conditional update is the single-use guarantee: a replay finds no unused row.
    const claimed = await tx.passwordResetToken.updateManyAndReturn({
      where: { tokenHash: sha256(token), usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
      select: { userId: true },
    });
    const userId = claimed[0]?.userId;
    if (!userId) throw new ValidationError(INVALID_RESET_TOKEN);
    // A link sent before the account was disabled no longer opens it (the claim rolls back).
    const updated = await tx.user.updateMany({
      where: { id: userId, status: "ACTIVE" },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (updated.count === 0) throw new ValidationError(INVALID_RESET_TOKEN);
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
    await recordAudit(tx, { actorId: userId, action: "user.password-reset", entityType: "User", entityId: userId });
  });
}

/**
 * The audit row names the fields that changed, not their values: the log is append-only and
 * must not keep personal data past the account's deletion.
 */
export async function updateProfile(userId: string, input: UpdateProfileInput) {
  await assertEntranceExists(input.entranceId);
  await db.$transaction(async (tx) => {
    const select = { name: true, phone: true, entranceId: true } as const;
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select });
    const after = await tx.user.update({
      where: { id: userId },
      data: { name: input.name, phone: input.phone ?? null, entranceId: input.entranceId ?? null },
      select,
    });
    const changed = (Object.keys(select) as (keyof typeof select)[]).filter((key) => before[key] !== after[key]);
    await recordAudit(tx, { actorId: userId, action: "user.profile-update", entityType: "User", entityId: userId, after: { changed } });
  });
}

const WRONG_PASSWORD = "Mot de passe actuel incorrect.";

/**
 * Moves the account's session generation on: every session ends, this device's too (the caller
 * opens a fresh one for it, with a new token). Returns the new generation.
 */
export async function changePassword(userId: string, currentPassword: string, newPassword: string, client?: SignInClient) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new NotFoundError();
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new ValidationError(WRONG_PASSWORD, { currentPassword: [WRONG_PASSWORD] });
  }
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordAudit(tx, { actorId: userId, action: "user.password-change", entityType: "User", entityId: userId });
    await recordSecurityEvent(tx, { kind: "PASSWORD_CHANGED", userId, ...client });
    return updated.sessionVersion;
  });
}

/** Ends every session of the account, this device's included (a new generation). */
export async function signOutEverywhere(userId: string, client?: SignInClient) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: userId, action: "user.sign-out-everywhere", entityType: "User", entityId: userId });
    await recordSecurityEvent(tx, { kind: "SIGN_OUT", userId, ...client });
  });
}

/**
 * Erases the person: identity and contact data are overwritten, roles revoked, sessions ended.
 * The row stays, anonymous, because the association's records (audit log, later reports and
 * membership history) must keep pointing somewhere.
 */
export async function deleteAccount(userId: string) {
  const unusableHash = await hashPassword(randomBytes(32).toString("base64url"));
  await db.$transaction(async (tx) => {
    const now = new Date();
    await tx.roleGrant.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now, revokedById: userId } });
    await tx.passwordResetToken.deleteMany({ where: { userId } });
    // What the person was told about their reports is theirs, and of no use to anyone once they are gone.
    await tx.notification.deleteMany({ where: { userId } });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: `supprime-${userId}@anonyme.invalid`,
        name: "Compte supprimé",
        phone: null,
        entranceId: null,
        passwordHash: unusableHash,
        privacyConsentAt: null,
        status: "DELETED",
        sessionVersion: { increment: 1 },
      },
    });
    await recordAudit(tx, { actorId: userId, action: "user.delete", entityType: "User", entityId: userId });
  });
}
