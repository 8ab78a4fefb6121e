import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { contractScope } from "@/lib/authz/scopes";
import { ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { applyMove } from "@/lib/core/lifecycle";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { toDay } from "@/lib/core/calendar";
import { formatDay, formatIsoDay } from "@/lib/format/dates";
import { lineForJob, type LineRefusals } from "@/lib/work-orders/commands/line-for-job";
import { sendQueuedMails } from "@/lib/mail/outbox";
import { notifyWorkOrderStaff, workOrderChangeResult, workOrderLifecycle, type WorkOrderChange, type WorkOrderChangeResult } from "@/lib/work-orders/lifecycle";
import type { OrderJobInput, SendBackJobInput, ValidateJobInput } from "@/lib/work-orders/partner-schemas";
import { resolveReportOfJob } from "@/lib/work-orders/report-link";

/**
 * What a partner does with the work done for it: validate a finished job, send it back with a
 * comment, order a one-off job under one of its contract lines. Loaded and updated within the
 * partner's scope (another partner's job is not found), with the version the page was shown.
 */

/**
 * The partner signs the work off. A job made from a report resolves the report in the same
 * transaction (its followers are told through the report's own move), and the report's cached
 * public pages are expired with the result.
 */
export async function validateJobAsPartner(ctx: OperationContext, input: ValidateJobInput): Promise<WorkOrderChangeResult> {
  return inTransaction(ctx, async (tx, afterCommit) => {
    const inner = { actor: ctx.actor, tx, afterCommit };
    const reportTags: string[] = [];
    const result = await applyMove(inner, workOrderLifecycle, "partner", { id: input.workOrderId, version: input.version }, "validate", async (job): Promise<WorkOrderChange> => ({
      event: { kind: "STATUS_CHANGED", fromStatus: job.status, toStatus: "VALIDATED", comment: "Intervention validée par le partenaire.", visibility: "PUBLIC" },
      audit: { action: "work-order.partner-validate", before: { status: job.status, version: job.version }, after: { status: "VALIDATED", version: job.version + 1 } },
      after: async () => {
        if (!job.reportId) return;
        const report = await resolveReportOfJob(inner, job.reportId, job);
        if (report) reportTags.push(...report.cacheTags);
      },
    }));
    const changed = workOrderChangeResult(result);
    return { ...changed, cacheTags: [...changed.cacheTags, ...reportTags] };
  });
}

/**
 * The partner sends finished work back with what is left to do: a PUBLIC event, the job assigned
 * again, and the staff who manage work orders told (the job must be put back on someone's day).
 */
export async function sendBackJobAsPartner(ctx: OperationContext, input: SendBackJobInput): Promise<WorkOrderChangeResult> {
  const result = await applyMove(ctx, workOrderLifecycle, "partner", { id: input.workOrderId, version: input.version }, "sendBack", async (job, tx): Promise<WorkOrderChange> => ({
    data: { sentBackComment: input.comment },
    event: { kind: "STATUS_CHANGED", fromStatus: job.status, toStatus: "ASSIGNED", comment: input.comment, visibility: "PUBLIC" },
    audit: { action: "work-order.partner-send-back", before: { status: job.status, version: job.version }, after: { status: "ASSIGNED", version: job.version + 1, comment: input.comment } },
    notify: { to: "staff", kind: "WORK_ORDER_STATUS", text: `${await partnerName(tx, job.partnerId)} a renvoyé l'intervention n° ${job.number} (${job.task}) : « ${input.comment} »` },
  }));
  return workOrderChangeResult(result);
}

/** Staff read the partner's name, never the person's (who signed for it is in the audit log). */
async function partnerName(tx: Tx, partnerId: string | null): Promise<string> {
  const partner = partnerId ? await tx.partner.findUnique({ where: { id: partnerId }, select: { name: true } }) : null;
  return partner?.name ?? "Le partenaire";
}

export const LINE_NOT_FOUND = "Prestation introuvable : choisissez-en une dans la liste.";
export const SITE_NOT_ON_LINE = "Ce site n'est pas couvert par cette prestation.";

/** Its own contracts only (another partner's line is not found), and ACTIVE ones. */
const PARTNER_LINE_REFUSALS: LineRefusals = {
  lineField: "lineId",
  unknownLine: LINE_NOT_FOUND,
  notActive: (contract) => `Le contrat ${contract.reference} n'est plus en cours : aucune intervention ne peut y être commandée.`,
  siteNotOnLine: SITE_NOT_ON_LINE,
  outsideContract: (contract) => `Choisissez un jour entre le ${formatDay(contract.startsOn)} et le ${formatDay(contract.endsOn)} (dates du contrat).`,
};

export type OrderedJob = { workOrderId: string; number: number; existing: boolean };

async function orderedWith(createdById: string, idempotencyKey: string): Promise<OrderedJob | null> {
  const job = await db.workOrder.findUnique({ where: { createdById_idempotencyKey: { createdById, idempotencyKey } }, select: { id: true, number: true } });
  return job ? { workOrderId: job.id, number: job.number, existing: true } : null;
}

/**
 * A one-off job ordered by the partner (origin PARTNER_ORDER) under a line of one of its ACTIVE
 * contracts, at one of the line's sites, on a day within the contract's dates and not past. The
 * partner is the contract's, never sent by the form. It is PLANNED: staff see it in their lists
 * and give it to a team. The same form sent twice makes one job (its idempotency key).
 */
export async function orderJobAsPartner(ctx: OperationContext, input: OrderJobInput): Promise<OrderedJob> {
  const { actor } = ctx;
  const already = await orderedWith(actor.id, input.idempotencyKey);
  if (already) return already;

  try {
    return await inTransaction(ctx, async (tx, afterCommit) => {
      const day = toDay(input.date);
      const line = await lineForJob(tx, { lineId: input.lineId, siteId: input.siteId, day, contractWhere: contractScope(actor, "partner").where }, PARTNER_LINE_REFUSALS);
      if (day < toDay(formatIsoDay(new Date()))) {
        const message = "Ce jour est passé : choisissez aujourd'hui ou un jour à venir.";
        throw new ValidationError(message, { date: [message] });
      }
      const job = await tx.workOrder.create({
        data: {
          origin: "PARTNER_ORDER",
          contractId: line.contract.id,
          contractLineId: line.id,
          partnerId: line.contract.partnerId,
          siteId: input.siteId,
          task: line.task,
          description: input.description,
          scheduledDate: day,
          startMinutes: line.startMinutes,
          durationMinutes: line.durationMinutes,
          teamId: line.teamId,
          status: "PLANNED",
          createdById: actor.id,
          idempotencyKey: input.idempotencyKey,
          events: { create: { kind: "CREATED", toStatus: "PLANNED", comment: "Commandée par le partenaire.", visibility: "PUBLIC", actorId: actor.id } },
        },
        select: { id: true, number: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "work-order.partner-order",
        entityType: "WorkOrder",
        entityId: job.id,
        after: { number: job.number, contractId: line.contract.id, lineId: line.id, siteId: input.siteId, scheduledDate: input.date },
      });
      // Staff are told once, by the submission that made the job (a form sent again finds it above).
      const mailIds = await notifyWorkOrderStaff(tx, job, actor, {
        to: "staff",
        kind: "WORK_ORDER_STATUS",
        text: `${await partnerName(tx, line.contract.partnerId)} a commandé une intervention (n° ${job.number}, ${line.task}) pour le ${formatDay(day)}, contrat ${line.contract.reference} : à planifier.`,
      });
      if (mailIds.length > 0) afterCommit(() => sendQueuedMails(mailIds));
      return { workOrderId: job.id, number: job.number, existing: false };
    });
  } catch (error) {
    // The same form sent twice at once: the other submission won the unique key.
    if (isUniqueViolation(error)) {
      const winner = await orderedWith(actor.id, input.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}
