import "server-only";
import { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { databaseUrl } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";

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
  // Per address: slows guessing one account's password.
  loginByEmail: limiter("login-email", 10, 15 * 60),
  // Per client: slows spraying many accounts from one place.
  loginByIp: limiter("login-ip", 100, 15 * 60),
  passwordReset: limiter("reset", 5, 60 * 60),
  signUp: limiter("signup", 30, 60 * 60),
};

export type ThrottleName = keyof typeof limiters;

/** Spends one point; refuses with a French message once the budget is gone. */
export async function throttle(name: ThrottleName, key: string) {
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

export async function clearThrottle(name: ThrottleName, key: string) {
  await limiters[name].delete(key);
}
