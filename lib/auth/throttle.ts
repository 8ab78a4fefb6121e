import "server-only";
import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { databaseUrl } from "@/lib/env";
import { RateLimitedError } from "@/lib/core/errors";
import { plural } from "@/lib/format/numbers";

// Counters live in PostgreSQL so every server process shares them.
const globalForThrottle = globalThis as unknown as { throttlePool?: Pool };
const pool = (globalForThrottle.throttlePool ??= new Pool({ connectionString: databaseUrl(), max: 2 }));

// rate-limiter-flexible names its prepared statements. The embedded PGlite (`npm run dev`,
// `npm test`) runs every connection in one backend session, where a statement prepared by an
// earlier connection still exists and preparing it again fails ("already exists"). Unnamed
// statements work on every server.
const unnamedStatements = {
  query: (q: { text: string; values?: unknown[] }) => pool.query({ text: q.text, values: q.values }),
};

function limiter(keyPrefix: string, points: number, duration: number) {
  return new RateLimiterPostgres({
    storeClient: unnamedStatements,
    storeType: "pool",
    tableName: "RateLimit",
    tableCreated: true,
    keyPrefix,
    points,
    duration,
  });
}

const limiters = {
  // Per (address, client) together: slows guessing one account's password from one place, and a
  // stranger's failures elsewhere cannot lock the owner out of their own account.
  loginByEmailAndClient: limiter("login-email-client", 10, 15 * 60),
  // Per client: slows spraying many accounts (or one account under many names) from one place.
  loginByIp: limiter("login-ip", 100, 15 * 60),
  passwordReset: limiter("reset", 5, 60 * 60),
  signUp: limiter("signup", 30, 60 * 60),
  // The account pages: a place asking reset links for many addresses, or trying many links.
  resetRequestByClient: limiter("reset-request-ip", 20, 60 * 60),
  resetByClient: limiter("reset-ip", 20, 15 * 60),
  // Per link: guessing a new password is pointless, but a link tried again and again is an attack.
  resetByToken: limiter("reset-token", 5, 60 * 60),
  confirmEmailByClient: limiter("confirm-email-ip", 30, 15 * 60),
  // Per account: "renvoyer le lien" and email changes each send a mail.
  verificationMailByUser: limiter("verification-mail-user", 3, 60 * 60),
  // Per account: the password asked again before deleting the account or changing its address.
  passwordConfirmByUser: limiter("password-confirm-user", 10, 15 * 60),
  // The public partner invitation page: links tried from one place, and one link tried again and again.
  partnerInvitationByClient: limiter("partner-invitation-ip", 20, 15 * 60),
  partnerInvitationByToken: limiter("partner-invitation-token", 5, 60 * 60),
};

export type ThrottleName = keyof typeof limiters;

/** A refusal; `firstRefusal` is true for the attempt that used up the budget (logged as a lockout once). */
export class ThrottledError extends RateLimitedError {
  constructor(
    message: string,
    readonly firstRefusal: boolean,
  ) {
    super(message);
  }
}

/** Spends one point; refuses with a French message once the budget is gone. */
export async function throttle(name: ThrottleName, key: string) {
  try {
    await limiters[name].consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60000));
      const firstRefusal = error.consumedPoints === limiters[name].points + 1;
      throw new ThrottledError(`Trop de tentatives. Réessayez dans ${plural(minutes, "minute", "minutes")}.`, firstRefusal);
    }
    throw error;
  }
}

export async function clearThrottle(name: ThrottleName, key: string) {
  await limiters[name].delete(key);
}

/** The key of loginByEmailAndClient: one budget per address typed from one client. */
export function emailAndClientKey(email: string, clientAddress: string) {
  return `${clientAddress}|${email}`;
}
