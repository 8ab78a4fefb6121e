"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { requestClient } from "@/lib/auth/client-key";
import { endSession, startSession } from "@/lib/auth/session";
import { changePassword, deleteAccount, signOutEverywhere, updateProfile } from "@/lib/people/account-service";
import { changePasswordSchema, deleteAccountSchema, emptySchema, updateProfileSchema } from "@/lib/people/schemas";
import { updateNotificationSettingsSchema } from "@/lib/notifications/schemas";
import { updateNotificationSettings } from "@/lib/notifications/service";

export const updateProfileAction = defineAction({
  name: "updateProfile",
  permission: "account:manage-own",
  schema: updateProfileSchema,
  handler: async ({ input, actor }) => {
    await updateProfile(actor.id, input);
    revalidatePath("/espace");
    return null;
  },
  successMessage: "Vos informations ont été enregistrées.",
});

export const updateNotificationSettingsAction = defineAction({
  name: "updateNotificationSettings",
  permission: "notifications:manage-own",
  schema: updateNotificationSettingsSchema,
  handler: async ({ input, actor }) => {
    await updateNotificationSettings(actor.id, input);
    revalidatePath("/espace");
    return null;
  },
  successMessage: "Votre choix est enregistré.",
});

export const changePasswordAction = defineAction({
  name: "changePassword",
  permission: "account:manage-own",
  schema: changePasswordSchema,
  handler: async ({ input, actor }) => {
    await changePassword(actor.id, input.currentPassword, input.newPassword, await requestClient());
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
    await signOutEverywhere(actor.id, await requestClient());
    await endSession();
    return null;
  },
  redirectTo: () => "/connexion?deconnecte=1",
});

export const deleteAccountAction = defineAction({
  name: "deleteAccount",
  permission: "account:manage-own",
  schema: deleteAccountSchema,
  handler: async ({ actor }) => {
    await deleteAccount(actor.id);
    await endSession();
    revalidateTag("people-count", "max");
    return null;
  },
  redirectTo: () => "/compte-supprime",
});
