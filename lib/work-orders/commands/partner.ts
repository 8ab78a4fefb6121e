import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { contractScope } from "@/lib/authz/scopes";
import { ValidationError } from "@/lib/core/errors";
import { applyMove } from "@/lib/core/lifecycle";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { toDay } from "@/lib/contracts/schedule";
import { formatDay, formatIsoDay } from "@/lib/format/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { workOrderChangeResult, workOrderLifecycle, type WorkOrderChange, type WorkOrderChangeResult } from "@/lib/work-orders/lifecycle";
import { WORK_ORDER_STATUS_LABELS } from "@/lib/work-orders/model";
import type { OrderJobInput, SendBackJobInput, ValidateJobInput } from "@/lib/work-orders/partner-schemas";
import { resolveReportOfJob } from "@/lib/work-orders/report-link";

/**
 * What a partner does with the work done for it: validate a finished job, send it back with a
 * comment, order a one-off job under one of its contract lines. Loaded and updated within the
 * partner's scope (another partner's job is not found), with the version the page was shown.
 */

/** The partner's buttons are "valider" and "renvoyer": a refusal names the job's state. */
const partnerLifecycle = {
  ...workOrderLifecycle,
  messages: {
    ...workOrderLifecycle.messages,
    notAllowed: (from: WorkOrderStatus) =>
      from === "VALIDATED"
        ? "Cette intervention est déjà validée."
        : `Cette intervention est « ${WORK_ORDER_STATUS_LABELS[from]} » : seule une intervention terminée peut être validée ou renvoyée.`,
  },
};

/**
 * The partner signs the work off. A job made from a report resolves the report in the same
 * transaction (its followers are told through the report's own move), and the report's cached
 * public pages are expired with the result.
 */
export async function validateJobAsPartner(ctx: OperationContext, input: ValidateJobInput): Promise<WorkOrderChangeResult> {
  return inTransaction(ctx, async (tx, afterCommit) => {
    const inner = { actor: ctx.actor, tx, afterCommit };
    const reportTags: string[] = [];
    const result = await applyMove(inner, partnerLifecycle, "partner", { id: input.workOrderId, version: input.version }, "validate", async (job): Promise<WorkOrderChange> => ({
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

/** The partner sends finished work back with what is left to do: a PUBLIC event, the job assigned again. */
export async function sendBackJobAsPartner(ctx: OperationContext, input: SendBackJobInput): Promise<WorkOrderChangeResult> {
  const result = await applyMove(ctx, partnerLifecycle, "partner", { id: input.workOrderId, version: input.version }, "sendBack", async (job): Promise<WorkOrderChange> => ({
    data: { sentBackComment: input.comment },
    event: { kind: "STATUS_CHANGED", fromStatus: job.status, toStatus: "ASSIGNED", comment: input.comment, visibility: "PUBLIC" },
    audit: { action: "work-order.partner-send-back", before: { status: job.status, version: job.version }, after: { status: "ASSIGNED", version: job.version + 1, comment: input.comment } },
  }));
  return workOrderChangeResult(result);
}

export const LINE_NOT_FOUND = "Prestation introuvable : choisissez-en une dans la liste.";
export const SITE_NOT_ON_LINE = "Ce site n'est pas couvert par cette prestation.";

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

  const line = await db.contractLine.findFirst({
    where: { id: input.lineId, archivedAt: null, contract: { is: contractScope(actor, "partner").where } },
    select: {
      id: true,
      task: true,
      startMinutes: true,
      durationMinutes: true,
      teamId: true,
      contract: { select: { id: true, reference: true, status: true, partnerId: true, startsOn: true, endsOn: true } },
      sites: { where: { siteId: input.siteId }, select: { siteId: true } },
    },
  });
  if (!line) throw new ValidationError(LINE_NOT_FOUND, { lineId: [LINE_NOT_FOUND] });
  if (line.contract.status !== "ACTIVE") {
    const message = `Le contrat ${line.contract.reference} n'est plus en cours : aucune intervention ne peut y être commandée.`;
    throw new ValidationError(message, { lineId: [message] });
  }
  if (line.sites.length === 0) throw new ValidationError(SITE_NOT_ON_LINE, { siteId: [SITE_NOT_ON_LINE] });
  const day = toDay(input.date);
  if (day < line.contract.startsOn || day > line.contract.endsOn) {
    const message = `Choisissez un jour entre le ${formatDay(line.contract.startsOn)} et le ${formatDay(line.contract.endsOn)} (dates du contrat).`;
    throw new ValidationError(message, { date: [message] });
  }
  if (day < toDay(formatIsoDay(new Date()))) {
    const message = "Ce jour est passé : choisissez aujourd'hui ou un jour à venir.";
    throw new ValidationError(message, { date: [message] });
  }

  try {
    return await inTransaction(ctx, async (tx) => {
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
      return { workOrderId: job.id, number: job.number, existing: false };
    });
  } catch (error) {
    // The same form sent twice at once: the other submission won the unique key.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await orderedWith(actor.id, input.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}
