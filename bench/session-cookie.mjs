import { createHash, randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A session opened the way the sign-in action opens one (lib/auth/session-store.ts): a random
 * token in the cookie, its SHA-256 in "Session", at the account's current generation.
 */
export async function sessionCookie(databaseUrl, userId) {
  const token = randomBytes(32).toString("base64url");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(
    `INSERT INTO "Session" (id, "userId", "tokenHash", "sessionVersion", "userAgent", "createdAt", "lastSeenAt", "expiresAt")
     SELECT $1, id, $2, "sessionVersion", 'bench', now(), now(), now() + interval '1 day' FROM "User" WHERE id = $3`,
    [`bench-${randomBytes(8).toString("hex")}`, createHash("sha256").update(token).digest("hex"), userId],
  );
  await client.end();
  return `quartier.session=${token}`;
}
