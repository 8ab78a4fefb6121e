import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { pageActor } from "@/lib/auth/guard";
import { formatDayTime } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { NOTIFICATIONS_PAGE_SIZE, listMyNotifications, type MyNotification } from "@/lib/notifications/queries";
import { listNotificationsSchema } from "@/lib/notifications/schemas";
import { MarkAllReadForm, OpenNotificationForm } from "./_components/notification-forms";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Mes notifications" };

const KIND_LABELS: Record<NotificationKind, string> = {
  REPORT_STATUS: "Avancement",
  REPORT_COMMENT: "Message de la Régie",
  REPORT_CONFIRMED: "Réparation confirmée",
  REPORT_REOPENED: "Signalement rouvert",
  WORK_ORDER_DONE: "Intervention à valider",
  WORK_ORDER_STATUS: "Intervention",
  VOLUNTEER_MISSION: "Mission bénévole",
};

/** What a notification is about: a report, a job, or nothing in particular. */
function subjectOf(n: MyNotification): string {
  if (n.reportNumber) return `Signalement n° ${n.reportNumber}`;
  if (n.workOrderNumber) return `Intervention n° ${n.workOrderNumber}`;
  if (n.kind === "VOLUNTEER_MISSION") return "Bénévolat";
  return "Notification";
}

/** The link's words: where it leads (read only when there is a link). */
function openLabel(n: MyNotification): string {
  if (n.reportNumber) return `Voir le signalement n° ${n.reportNumber}`;
  if (n.workOrderNumber) return `Voir l'intervention n° ${n.workOrderNumber}`;
  return "Voir mes missions";
}

export default async function MyNotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await pageActor("notifications:manage-own", routes.mine.notifications);
  if (!actor) return <AccessDenied signedIn />;
  const { page } = listNotificationsSchema.parse(await searchParams);
  const { total, unread, items } = await listMyNotifications(actor, page);

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={routes.mine.home} className="underline">← Mon espace</Link>
      </p>
      <PageHeader
        title="Mes notifications"
        intro="L'avancement des signalements que vous suivez : ceux que vous avez faits et ceux pour lesquels vous avez dit « moi aussi »."
      />
      {total ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="font-medium">{unread ? plural(unread, "notification non lue", "notifications non lues") : "Toutes vos notifications sont lues."}</p>
          <MarkAllReadForm hasUnread={unread > 0} />
        </div>
      ) : null}

      {items.length ? (
        <ol className="space-y-3" aria-label="Notifications, de la plus récente à la plus ancienne">
          {items.map((n) => (
            <li
              key={n.id}
              className={
                n.read
                  ? "rounded-lg border border-slate-300 bg-white p-4"
                  : "rounded-lg border-2 border-l-8 border-brand-700 bg-white p-4"
              }
            >
              <h2 className="flex flex-wrap items-center gap-x-3 gap-y-1 text-lg font-semibold">
                {n.read ? null : <span className="rounded bg-brand-700 px-2 py-0.5 text-sm font-bold text-white">Non lue</span>}
                <span>{subjectOf(n)} — {KIND_LABELS[n.kind]}</span>
              </h2>
              <p className="text-sm text-slate-700">
                <time dateTime={n.createdAt.toISOString()}>{formatDayTime(n.createdAt)}</time>
                {n.read ? " · lue" : null}
              </p>
              <p className={`mt-2 whitespace-pre-line ${n.read ? "" : "font-medium"}`}>{n.text}</p>
              <div className="mt-3">
                {n.read ? (
                  n.href ? (
                    <Link href={n.href} className="underline">
                      {openLabel(n)}
                    </Link>
                  ) : null
                ) : (
                  <OpenNotificationForm
                    notificationId={n.id}
                    label={n.href ? openLabel(n) : "Marquer comme lue"}
                  />
                )}
              </div>
            </li>
          ))}
        </ol>
      ) : page > 1 && total ? (
        <p>
          Cette page est vide. <Link href={routes.mine.notifications} className="underline">Revenir aux notifications les plus récentes</Link>
        </p>
      ) : (
        <p>
          Vous n&apos;avez aucune notification pour le moment. Vous en recevrez ici quand un signalement que vous suivez avance, ou au sujet de vos missions bénévoles.
        </p>
      )}
      <Pagination page={page} total={total} pageSize={NOTIFICATIONS_PAGE_SIZE} basePath={routes.mine.notifications} params={{}} />
      <p className="text-sm text-slate-700">
        Recevoir ou non ces notifications par e-mail : <Link href={routes.mine.notificationSettings} className="underline">réglage dans Mon espace</Link>.
      </p>
    </div>
  );
}
