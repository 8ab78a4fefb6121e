import "server-only";
import { db } from "@/lib/db";
import { requestClient } from "@/lib/auth/client-key";
import { recordSecurityEvent } from "@/lib/auth/security-log";
import { endSession, startSession } from "@/lib/auth/session";
import { verifyCredentials, type SignInInput } from "@/lib/auth/verify-credentials";

/** Checks the password (throttled, logged) and opens a session in this browser. */
export async function signIn(input: SignInInput) {
  const client = await requestClient();
  const user = await verifyCredentials(input, client);
  await startSession(user.id);
  await recordSecurityEvent(db, { kind: "SIGN_IN", userId: user.id, email: input.email, ...client });
  return user;
}

/** Ends this browser's session (revoked on the server, cookie cleared) and logs it. */
export async function signOut() {
  const ended = await endSession();
  if (ended) await recordSecurityEvent(db, { kind: "SIGN_OUT", userId: ended.userId, ...(await requestClient()) });
  return ended;
}
