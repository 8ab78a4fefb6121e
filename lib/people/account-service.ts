import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { recordSecurityEvent } from "@/lib/auth/security-log";
import type { SignInClient } from "@/lib/auth/verify-credentials";
import { NotFoundError, ValidationError } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import type { ChangePasswordInput, UpdateProfileInput } from "@/lib/people/schemas";

const INVALID_ENTRANCE = "Cette entrée ne fait pas partie du territoire de la Régie.";

async function assertEntranceExists(tx: Tx, entranceId: string | null | undefined) {
  if (!entranceId) return;
  const entrance = await tx.entrance.findUnique({ where: { id: entranceId }, select: { id: true } });
  if (!entrance) throw new ValidationError(INVALID_ENTRANCE, { entranceId: [INVALID_ENTRANCE] });
}

/**
 * The audit row names the fields that changed, not their values: the log is append-only and
 * must not keep personal data past the account's deletion.
 */
export async function updateProfile(ctx: OperationContext, input: UpdateProfileInput) {
  const userId = ctx.actor.id;
  await inTransaction(ctx, async (tx) => {
    await assertEntranceExists(tx, input.entranceId);
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

/** The request the change comes from, for the security log. */
type FromClient = { client?: SignInClient };

/**
 * Moves the account's session generation on: every session ends, this device's too (the caller
 * opens a fresh one for it, with a new token). Returns the new generation.
 */
export async function changePassword(ctx: OperationContext, input: ChangePasswordInput & FromClient) {
  const userId = ctx.actor.id;
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new NotFoundError();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError(WRONG_PASSWORD, { currentPassword: [WRONG_PASSWORD] });
  }
  // Hashed before the transaction: it is slow on purpose, and holds no row.
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(ctx, async (tx) => {
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordAudit(tx, { actorId: userId, action: "user.password-change", entityType: "User", entityId: userId });
    await recordSecurityEvent(tx, { kind: "PASSWORD_CHANGED", userId, ...input.client });
    return updated.sessionVersion;
  });
}

/** Ends every session of the account, this device's included (a new generation). */
export async function signOutEverywhere(ctx: OperationContext, input: FromClient) {
  const userId = ctx.actor.id;
  await inTransaction(ctx, async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: userId, action: "user.sign-out-everywhere", entityType: "User", entityId: userId });
    await recordSecurityEvent(tx, { kind: "SIGN_OUT", userId, ...input.client });
  });
}
