"use server";

import { revalidateTag } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { clientKey } from "@/lib/auth/client-key";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { startSession } from "@/lib/auth/session";
import { signIn, signOut } from "@/lib/auth/sign-in";
import { throttle } from "@/lib/auth/throttle";
import { signInSchema } from "@/lib/auth/verify-credentials";
import { requestPasswordReset, resetPassword, signUpResident } from "@/lib/people/account-service";
import { emptySchema, requestPasswordResetSchema, resetPasswordSchema, signUpSchema } from "@/lib/people/schemas";

export const signInAction = defineAction({
  name: "signIn",
  public: true,
  schema: signInSchema,
  handler: async ({ input }) => {
    await signIn(input);
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
    await startSession(user.id);
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
    await signOut();
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
