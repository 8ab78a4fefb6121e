import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddressFrom } from "@/lib/auth/forwarded-for";
import { verifyCredentials } from "@/lib/auth/verify-credentials";

/** Short-lived tokens; the account is re-read on every request anyway (lib/auth/session.ts). */
export const SESSION_MAX_AGE_SECONDS = 2 * 60 * 60;

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("NEXTAUTH_SECRET must be set in production.");
  }
  return "quartier-development-secret-not-for-production";
}

export const useSecureCookies = (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "").startsWith("https://");
export const SESSION_COOKIE = `${useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  useSecureCookies,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    CredentialsProvider({
      name: "Adresse e-mail",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const ip = clientAddressFrom(req.headers?.["x-forwarded-for"]);
        const user = await verifyCredentials(credentials ?? {}, ip).catch(() => null);
        return user ? { id: user.id, sessionVersion: user.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user && "sessionVersion" in user) token.sessionVersion = user.sessionVersion;
      return token;
    },
  },
};
