import { z } from "zod";
import { pageParam } from "@/lib/core/schemas";

export const NOTIFICATION_NOT_FOUND = "Cette notification n'existe pas ou ne vous est pas destinée.";
export const CHOOSE_EMAIL_PREFERENCE = "Choisissez si vous voulez recevoir les e-mails : oui ou non.";

/** One check, one message, whatever is wrong with it (missing, empty, too long, odd characters). */
const notificationId = z.string({ error: NOTIFICATION_NOT_FOUND }).regex(/^[a-z0-9]{1,40}$/i, NOTIFICATION_NOT_FOUND);

/** "Voir" on one notification: it is marked read, then the person is taken to its report. */
export const openNotificationSchema = z.strictObject({ notificationId });
export type OpenNotificationInput = z.output<typeof openNotificationSchema>;

/** "Tout marquer comme lu": nothing to send, the caller's own notifications only. */
export const markAllNotificationsReadSchema = z.strictObject({});

/** The email preference of "Mon espace": an explicit yes or no (radio buttons), never a missing checkbox. */
export const updateNotificationSettingsSchema = z.strictObject({
  notifyByEmail: z.enum(["yes", "no"], { error: CHOOSE_EMAIL_PREFERENCE }).transform((v) => v === "yes"),
});
export type UpdateNotificationSettingsInput = z.output<typeof updateNotificationSettingsSchema>;

/** The list's GET parameter, parsed leniently: a wrong page number shows the first page. */
export const listNotificationsSchema = z.object({ page: pageParam() });
