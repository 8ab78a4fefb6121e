import "server-only";
import type { Tx } from "@/lib/db";
import { activeGrantWhere } from "@/lib/auth/session";
import { PERMISSIONS } from "@/lib/authz/policy";
import { workOrderScope, withinScope } from "@/lib/authz/scopes";
import type { Change, ChangeResult, Mover, RecordLifecycle } from "@/lib/core/lifecycle";
import { appUrl } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventVisibility, NotificationKind, WorkOrderEventKind, WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { queueMails, type QueuedMail } from "@/lib/mail/outbox";
import { routes } from "@/lib/routes";
import { WORK_ORDER_STATUS_LABELS, workOrderMoves, type WorkOrderActorKind } from "@/lib/work-orders/model";

/**
 * A work order as the lifecycle kernel (lib/core/lifecycle.ts) changes it: loaded and updated
 * within the scope of the actor's kind (lib/authz/scopes.ts `workOrderScope`: staff every job, an
 * employee their own and their team's, a partner those done for it), its timeline event, the
 * partner's notifications. The commands of each audience (lib/work-orders/commands/) plan the
 * changes; a job made from a report moves the report through lib/work-orders/report-link.ts.
 */

/** Absent and out of reach are not told apart. */
export const WORK_ORDER_NOT_FOUND = "Intervention introuvable.";
export const WORK_ORDER_CONFLICT = "Cette intervention a été modifiée entre-temps par quelqu'un d'autre. Rechargez la page pour voir son état actuel.";

/**
 * A refused move in each audience's words: staff and employees pick a state, the partner's buttons
 * are "valider" and "renvoyer" (its refusal names the job's state).
 */
export function workOrderStatusNotAllowed(from: WorkOrderStatus, to: WorkOrderStatus, kind: WorkOrderActorKind) {
  if (kind === "partner") {
    return from === "VALIDATED"
      ? "Cette intervention est déjà validée."
      : `Cette intervention est « ${WORK_ORDER_STATUS_LABELS[from]} » : seule une intervention terminée peut être validée ou renvoyée.`;
  }
  return from === to
    ? `Cette intervention est déjà « ${WORK_ORDER_STATUS_LABELS[from]} ».`
    : `Impossible de passer de « ${WORK_ORDER_STATUS_LABELS[from]} » à « ${WORK_ORDER_STATUS_LABELS[to]} ».`;
}

/** What the moves and changes of every audience read from the job before writing. */
const workOrderSelect = {
  id: true,
  number: true,
  status: true,
  version: true,
  origin: true,
  partnerId: true,
  contractId: true,
  contractLineId: true,
  reportId: true,
  siteId: true,
  buildingId: true,
  teamId: true,
  task: true,
  scheduledDate: true,
  startMinutes: true,
  durationMinutes: true,
  completionKey: true,
  assignedAt: true,
  startedAt: true,
  doneAt: true,
} as const satisfies Prisma.WorkOrderSelect;
export type LoadedWorkOrder = Prisma.WorkOrderGetPayload<{ select: typeof workOrderSelect }>;

/** A timeline entry: INTERNAL for the Régie (staff and the job's team), PUBLIC also for the partner. */
export type WorkOrderEventInput = {
  kind: WorkOrderEventKind;
  fromStatus?: WorkOrderStatus;
  toStatus?: WorkOrderStatus;
  comment?: string | null;
  visibility: Extract<EventVisibility, "PUBLIC" | "INTERNAL">;
};

/**
 * Who is told of a change, and what. `partner` (the default): the partner's people (done work to
 * validate, a job cancelled), never an employee's name. `staff`: the Régie's staff who manage work
 * orders, of what the partner did (done work sent back; an order is told by `notifyWorkOrderStaff`).
 */
export type WorkOrderNotice = { text: string; kind: Extract<NotificationKind, "WORK_ORDER_DONE" | "WORK_ORDER_STATUS">; to?: "partner" | "staff" };

export type WorkOrderChange = Change<WorkOrderEventInput, WorkOrderNotice>;

export const workOrderLifecycle: RecordLifecycle<LoadedWorkOrder, WorkOrderStatus, WorkOrderActorKind, WorkOrderEventInput, WorkOrderNotice> = {
  entityType: "WorkOrder",
  moves: workOrderMoves,
  messages: { notFound: WORK_ORDER_NOT_FOUND, conflict: WORK_ORDER_CONFLICT, notAllowed: workOrderStatusNotAllowed },
  load: (tx: Tx, actor: Mover, kind: WorkOrderActorKind, id: string) =>
    tx.workOrder.findFirst({ where: withinScope(workOrderScope(actor, kind), { id }), select: workOrderSelect }),
  update: async (tx, actor, kind, job, data) => {
    const updated = await tx.workOrder.updateMany({
      where: withinScope(workOrderScope(actor, kind), { id: job.id, version: job.version, status: job.status }),
      data: { ...(data as Prisma.WorkOrderUncheckedUpdateManyInput), version: { increment: 1 } },
    });
    return updated.count === 1;
  },
  writeEvent: async (tx, job, actor, event) => {
    await tx.workOrderEvent.create({ data: { workOrderId: job.id, actorId: actor?.id ?? null, ...event } });
  },
  notify: (tx, job, actor, notice) => (notice.to === "staff" ? notifyWorkOrderStaff(tx, job, actor, notice) : notifyPartnerPeople(tx, job, actor, notice)),
  // Work order pages are per person and read fresh: nothing cached to expire (a job made from a
  // report expires the report's tags through the report's own move).
  cacheTags: () => [],
};

/**
 * The partner's people (active PARTNER grants for the job's partner) get a notification and, if
 * they take emails and their address is confirmed, an email; written in the move's transaction.
 */
async function notifyPartnerPeople(tx: Tx, job: LoadedWorkOrder, actor: Mover, notice: WorkOrderNotice): Promise<string[]> {
  if (!job.partnerId) return [];
  return notifyPeople(tx, job, actor, notice, { role: "PARTNER", partnerId: job.partnerId }, [`Votre espace partenaire : ${appUrl()}${routes.partner.home}`]);
}

/**
 * The staff who manage work orders (the roles `work-orders:manage` opens, with an active grant)
 * are told what a partner asked of the Régie: a one-off job ordered, done work sent back. Until
 * now those only raised the staff home's "À traiter" count, seen by whoever opened it.
 *
 * Why all of them and not one person: a contract has no staff owner in this data (its `createdBy`
 * is whoever typed it in, who may since have left or moved to another task), and in a Régie the
 * jobs are planned by whichever encadrant technique holds the planning that week, with the
 * chargé de mission and the direction looking over it. Telling every manager once is what they
 * expect of a shared queue; it stays bounded: one notification per person per event (a Régie has
 * a handful of staff), and an email only to those who take emails (`notifyByEmail`, the setting of
 * every notification) at a confirmed address, through the outbox like the partners' and followers'.
 * The actor is never told of their own act (one person may be both staff and a partner's contact).
 */
export async function notifyWorkOrderStaff(tx: Tx, job: { id: string; number: number }, actor: Mover, notice: WorkOrderNotice): Promise<string[]> {
  return notifyPeople(tx, job, actor, notice, { role: { in: [...PERMISSIONS["work-orders:manage"]] } }, [
    `L'intervention : ${appUrl()}${routes.staff.workOrder(job.id)}`,
    "",
    `Pour ne plus recevoir ces e-mails : ${appUrl()}${routes.mine.notificationSettings}`,
  ]);
}

/**
 * One notification per active person holding `grant` (never the actor), and an email to those
 * who take emails at a confirmed address, its body ending with `links`; in the move's transaction.
 */
async function notifyPeople(
  tx: Tx,
  job: { id: string; number: number },
  actor: Mover,
  notice: WorkOrderNotice,
  grant: Prisma.RoleGrantWhereInput,
  links: string[],
): Promise<string[]> {
  const people = await tx.user.findMany({
    where: { ...(actor ? { id: { not: actor.id } } : {}), status: "ACTIVE", roleGrants: { some: { ...grant, ...activeGrantWhere() } } },
    select: { id: true, email: true, notifyByEmail: true, emailVerifiedAt: true },
  });
  if (people.length === 0) return [];
  const created = await tx.notification.createManyAndReturn({
    data: people.map((person) => ({ userId: person.id, workOrderId: job.id, kind: notice.kind, text: notice.text })),
    select: { id: true, userId: true },
  });
  const byId = new Map(people.map((person) => [person.id, person]));
  const mails: QueuedMail[] = [];
  for (const notification of created) {
    const person = byId.get(notification.userId);
    if (!person || !person.notifyByEmail || !person.emailVerifiedAt) continue;
    mails.push({
      notificationId: notification.id,
      userId: person.id,
      to: person.email,
      subject: `Intervention n° ${job.number}`,
      text: ["Bonjour,", "", notice.text, "", ...links, "", "La Régie de quartier"].join("\n"),
    });
  }
  return queueMails(tx, mails);
}

/** What a work order command returns: never the loaded row (a non-redirecting action sends its result to the browser). */
export type WorkOrderChangeResult = { workOrderId: string; number: number; version: number; status: WorkOrderStatus; cacheTags: string[] };

export function workOrderChangeResult(result: ChangeResult<LoadedWorkOrder, WorkOrderStatus>): WorkOrderChangeResult {
  return { workOrderId: result.id, number: result.record.number, version: result.version, status: result.status, cacheTags: result.cacheTags };
}
