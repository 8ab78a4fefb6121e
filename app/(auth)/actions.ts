"use server";

import { defineAction } from "@/lib/actions/define-action";
import { clientKey } from "@/lib/auth/client-key";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { getCurrentActor } from "@/lib/auth/session";
import { signIn, signOut } from "@/lib/auth/sign-in";
import { throttle } from "@/lib/auth/throttle";
import { signInSchema } from "@/lib/auth/verify-credentials";
import { confirmEmail } from "@/lib/people/email-verification";
import { requestPasswordReset, resetPassword } from "@/lib/people/password-reset";
import { hashLinkToken } from "@/lib/people/tokens";
import { signUpResident } from "@/lib/people/sign-up";
import { confirmEmailSchema, emptySchema, requestPasswordResetSchema, resetPasswordSchema, signUpSchema } from "@/lib/people/schemas";
import { routes } from "@/lib/routes";
import { PEOPLE_COUNT_REFRESH } from "@/lib/people/cache-tags";

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
    // The same answer whether or not the address was taken, and no session: the mail tells the rest.
    await signUpResident(input);
    return null;
  },
  tags: () => [PEOPLE_COUNT_REFRESH],
  redirectTo: () => routes.auth.checkEmail,
});

export const confirmEmailAction = defineAction({
  name: "confirmEmail",
  // The link's token is the credential: it was mailed to the address it confirms.
  public: true,
  schema: confirmEmailSchema,
  handler: async ({ input }) => {
    await throttle("confirmEmailByClient", await clientKey());
    const confirmed = await confirmEmail(input.token);
    const actor = await getCurrentActor();
    return { signedInHere: actor?.id === confirmed.userId };
  },
  redirectTo: ({ signedInHere }) => (signedInHere ? routes.mine.emailConfirmed : routes.auth.emailConfirmed),
});

export const signOutAction = defineAction({
  name: "signOut",
  public: true,
  schema: emptySchema,
  handler: async () => {
    await signOut();
    return null;
  },
  redirectTo: () => routes.home,
});

export const requestPasswordResetAction = defineAction({
  name: "requestPasswordReset",
  public: true,
  schema: requestPasswordResetSchema,
  handler: async ({ input }) => {
    await throttle("resetRequestByClient", await clientKey());
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
    // Per client and per link, before anything else (the password is hashed only for a working link).
    await throttle("resetByClient", await clientKey());
    await throttle("resetByToken", hashLinkToken(input.token));
    await resetPassword(input.token, input.password);
    return null;
  },
  redirectTo: () => routes.auth.signIn({ notice: "reinitialise" }),
});
