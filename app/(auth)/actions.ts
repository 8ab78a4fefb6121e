"use server";

import { revalidateTag } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { clientKey } from "@/lib/auth/client-key";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { endSession, startSession } from "@/lib/auth/session";
import { throttle } from "@/lib/auth/throttle";
import { signInSchema, verifyCredentials } from "@/lib/auth/verify-credentials";
import { requestPasswordReset, resetPassword, signUpResident } from "@/lib/people/account-service";
import { emptySchema, requestPasswordResetSchema, resetPasswordSchema, signUpSchema } from "@/lib/people/schemas";

export const signInAction = defineAction({
  name: "signIn",
  public: true,
  schema: signInSchema,
  handler: async ({ input }) => {
    const claims = await verifyCredentials(input, await clientKey());
    await startSession({ userId: claims.id, sessionVersion: claims.sessionVersion });
    return { callbackUrl: safeCallbackPath(input.callbackUrl) };
  },
  redirectTo: (data) => data.callbackUrl,
});

export const signUpAction = defineAction({
  name: "signUp",
  public: true,
  schema: signUpSchema,
  handler: async ({ input }) => {
    await throttle("signUp", await clientKey());
    const user = await signUpResident(input);
    await startSession({ userId: user.id, sessionVersion: user.sessionVersion });
    revalidateTag("people-count", "max");
    return { userId: user.id };
  },
  redirectTo: () => "/espace?bienvenue=1",
});

export const signOutAction = defineAction({
  name: "signOut",
  public: true,
  schema: emptySchema,
  handler: async () => {
    await endSession();
    return null;
  },
  redirectTo: () => "/",
});

export const requestPasswordResetAction = defineAction({
  name: "requestPasswordReset",
  public: true,
  schema: requestPasswordResetSchema,
  handler: async ({ input }) => {
    await throttle("passwordReset", input.email);
    await requestPasswordReset(input.email);
    return null;
  },
  successMessage:
    "Si un compte existe avec cette adresse, un e-mail vient de lui être envoyé avec un lien valable une heure.",
});

export const resetPasswordAction = defineAction({
  name: "resetPassword",
  public: true,
  schema: resetPasswordSchema,
  handler: async ({ input }) => {
    await resetPassword(input.token, input.password);
    return null;
  },
  redirectTo: () => "/connexion?reinitialise=1",
});
