import "server-only";
import { createHash, randomBytes } from "node:crypto";

/**
 * Links mailed to people (password reset, address confirmation) carry a random token; only its
 * SHA-256 is stored, so reading the database does not give a usable link.
 */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
