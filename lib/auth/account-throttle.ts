import "server-only";
import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { databaseUrl } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";

/**
 * Throttles of the account pages (reset links, address confirmation, password re-entry), in the
 * same PostgreSQL table as the sign-in throttles (lib/auth/throttle.ts) so every server process
 * shares them. Kept apart from that file, which owns the sign-in counters.
 */
const globalForThrottle = globalThis as unknown as { accountThrottlePool?: Pool };
const pool = (globalForThrottle.accountThrottlePool ??= new Pool({ connectionString: databaseUrl(), max: 1 }));

// Unnamed statements: the embedded PGlite shares one backend session between connections (see throttle.ts).
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
  // Per client: one place asking links for many addresses, or trying many reset tokens.
  resetRequestByClient: limiter("reset-request-ip", 20, 60 * 60),
  resetByClient: limiter("reset-ip", 20, 15 * 60),
  // Per token: guessing a new password is pointless, but a link tried again and again is an attack.
  resetByToken: limiter("reset-token", 5, 60 * 60),
  confirmEmailByClient: limiter("confirm-email-ip", 30, 15 * 60),
  // Per account: "renvoyer le lien" and email changes each send a mail.
  verificationMailByUser: limiter("verification-mail-user", 3, 60 * 60),
  // Per account: the password asked again before deleting the account or changing its address.
  passwordConfirmByUser: limiter("password-confirm-user", 10, 15 * 60),
};

export type AccountThrottleName = keyof typeof limiters;

/** Spends one point; refuses with a French message once the budget is gone. */
export async function throttleAccount(name: AccountThrottleName, key: string) {
  try {
    await limiters[name].consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60000));
      throw new RateLimitedError(`Trop de tentatives. Réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`);
    }
    throw error;
  }
}
