"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { markAllNotificationsReadSchema, openNotificationSchema } from "@/lib/notifications/schemas";
import { markAllNotificationsRead, openNotification } from "@/lib/notifications/service";
import { routes } from "@/lib/routes";

/** The unread count shows in the header of every signed-in page, whose layouts are under these. */
function refreshUnreadCount() {
  revalidatePath(routes.mine.home, "layout");
}

/** "Voir le signalement": marks the caller's notification read, then opens the report it is about. */
export const openNotificationAction = defineAction({
  name: "openNotification",
  permission: "notifications:manage-own",
  schema: openNotificationSchema,
  handler: async ({ input, actor }) => {
    const result = await openNotification({ actor }, input);
    refreshUnreadCount();
    return result;
  },
  redirectTo: (result) => result.href,
});

export const markAllNotificationsReadAction = defineAction({
  name: "markAllNotificationsRead",
  permission: "notifications:manage-own",
  schema: markAllNotificationsReadSchema,
  handler: async ({ actor }) => {
    const result = await markAllNotificationsRead({ actor });
    refreshUnreadCount();
    return result;
  },
  successMessage: "Toutes vos notifications sont marquées comme lues.",
});
