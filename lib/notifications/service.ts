import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { notificationLinkFor, notificationReportSelect, notificationWorkOrderSelect } from "@/lib/notifications/queries";
import { NOTIFICATION_NOT_FOUND, type OpenNotificationInput, type UpdateNotificationSettingsInput } from "@/lib/notifications/schemas";
import { routes } from "@/lib/routes";

/**
 * Reading one's own notifications is not audited: the audit log traces changes to the
 * association's records and to accounts, not what a person has read.
 */

/**
 * Marks one of the caller's notifications read and tells where it leads. Another person's
 * notification is not found, exactly like one that does not exist, and stays as it was. Reading
 * needs no transaction of its own (the update is guarded): it runs in the caller's when given one.
 */
export async function openNotification({ actor, tx = db }: OperationContext, input: OpenNotificationInput): Promise<{ href: string }> {
  const notification = await tx.notification.findFirst({
    where: { id: input.notificationId, userId: actor.id },
    select: { id: true, kind: true, readAt: true, report: { select: notificationReportSelect }, workOrder: { select: notificationWorkOrderSelect } },
  });
  if (!notification) throw new NotFoundError(NOTIFICATION_NOT_FOUND);
  if (!notification.readAt) {
    await tx.notification.updateMany({ where: { id: notification.id, userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  }
  return { href: notificationLinkFor(actor, notification) ?? routes.mine.notifications };
}

/** "Tout marquer comme lu": the caller's unread notifications, nobody else's. */
export async function markAllNotificationsRead({ actor, tx = db }: OperationContext): Promise<{ count: number }> {
  const { count } = await tx.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return { count };
}

/** Emails on or off; the portal notifications are always kept. */
export async function updateNotificationSettings(ctx: OperationContext, input: UpdateNotificationSettingsInput) {
  const userId = ctx.actor.id;
  await inTransaction(ctx, async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { notifyByEmail: true } });
    await tx.user.update({ where: { id: userId }, data: { notifyByEmail: input.notifyByEmail } });
    await recordAudit(tx, {
      actorId: userId,
      action: "user.notification-settings",
      entityType: "User",
      entityId: userId,
      before: { notifyByEmail: before.notifyByEmail },
      after: { notifyByEmail: input.notifyByEmail },
    });
  });
}
