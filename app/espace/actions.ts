"use server";

import { defineAction } from "@/lib/actions/define-action";
import { requestClient } from "@/lib/auth/client-key";
import { endSession, startSession } from "@/lib/auth/session";
import { changePassword, signOutEverywhere, updateProfile } from "@/lib/people/account-service";
import { requestEmailChange } from "@/lib/people/change-email";
import { deleteAccount } from "@/lib/people/delete-account";
import { resendVerification } from "@/lib/people/email-verification";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, emptySchema, updateProfileSchema } from "@/lib/people/schemas";
import { PUBLIC_REPORTS_TAG } from "@/lib/reports/cache-tags";
import { updateNotificationSettingsSchema } from "@/lib/notifications/schemas";
import { updateNotificationSettings } from "@/lib/notifications/service";
import { routes } from "@/lib/routes";
import { PEOPLE_COUNT_REFRESH } from "@/lib/people/cache-tags";

export const updateProfileAction = defineAction({
  name: "updateProfile",
  permission: "account:manage-own",
  schema: updateProfileSchema,
  handler: async ({ input, actor }) => {
    await updateProfile({ actor }, input);
    return null;
  },
  successMessage: "Vos informations ont été enregistrées.",
});

export const updateNotificationSettingsAction = defineAction({
  name: "updateNotificationSettings",
  permission: "notifications:manage-own",
  schema: updateNotificationSettingsSchema,
  handler: async ({ input, actor }) => {
    await updateNotificationSettings({ actor }, input);
    return null;
  },
  successMessage: "Votre choix est enregistré.",
});

export const changePasswordAction = defineAction({
  name: "changePassword",
  permission: "account:manage-own",
  schema: changePasswordSchema,
  handler: async ({ input, actor }) => {
    await changePassword({ actor }, { ...input, client: await requestClient() });
    // Every session ended with the change; this device stays signed in with a new one (new token).
    await endSession();
    await startSession(actor.id);
    return null;
  },
  successMessage: "Mot de passe modifié. Vos autres sessions ont été fermées.",
});

export const signOutEverywhereAction = defineAction({
  name: "signOutEverywhere",
  permission: "account:manage-own",
  schema: emptySchema,
  handler: async ({ actor }) => {
    await signOutEverywhere({ actor }, { client: await requestClient() });
    await endSession();
    return null;
  },
  redirectTo: () => routes.auth.signIn({ notice: "deconnecte" }),
});

export const deleteAccountAction = defineAction({
  name: "deleteAccount",
  permission: "account:manage-own",
  schema: deleteAccountSchema,
  handler: async ({ input, actor }) => {
    const erased = await deleteAccount({ actor }, input);
    await endSession();
    return erased;
  },
  // Their public reports lose their original text or disappear; the residents' count changes.
  tags: (erased) => [PEOPLE_COUNT_REFRESH, ...(erased.reportsDeleted || erased.reportsAnonymised ? [PUBLIC_REPORTS_TAG] : [])],
  redirectTo: () => routes.public.accountDeleted,
});

export const resendVerificationAction = defineAction({
  name: "resendVerification",
  permission: "account:manage-own",
  schema: emptySchema,
  handler: async ({ actor }) => {
    await resendVerification({ actor });
    return null;
  },
  successMessage: "Un nouveau lien vient de vous être envoyé. Il est valable 48 heures.",
});

export const changeEmailAction = defineAction({
  name: "changeEmail",
  permission: "account:manage-own",
  schema: changeEmailSchema,
  handler: async ({ input, actor }) => {
    await requestEmailChange({ actor }, input);
    return null;
  },
  successMessage:
    "Un lien vient d'être envoyé à la nouvelle adresse. Elle deviendra celle de votre compte quand vous l'aurez ouvert (48 heures).",
});
