import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { applyChange, applyMove } from "@/lib/core/lifecycle";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { toDay } from "@/lib/core/calendar";
import { formatLongDay } from "@/lib/format/dates";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { lineForJob, withinContract, type LineRefusals } from "@/lib/work-orders/commands/line-for-job";
import {
  workOrderChangeResult,
  workOrderLifecycle,
  type LoadedWorkOrder,
  type WorkOrderChange,
  type WorkOrderChangeResult,
} from "@/lib/work-orders/lifecycle";
import { WORK_ORDER_STATUS_LABELS, type WorkOrderActorKind } from "@/lib/work-orders/model";
import { planReportForJob, resolveReportOfJob } from "@/lib/work-orders/report-link";
import type {
  AssignWorkOrderInput,
  CancelWorkOrderInput,
  CreateWorkOrderInput,
  MoveWorkOrderInput,
  RescheduleWorkOrderInput,
} from "@/lib/work-orders/schemas";

/**
 * Staff's work on jobs, on the lifecycle kernel (lib/core/lifecycle.ts, kind "staff"): create a
 * one-off job (under a contract line, outside any contract, or from a report), assign and
 * reassign, reschedule, cancel and restore, and make the moves of the table on behalf of the
 * employee or of a partner-less job's validator. Every change checks the version the form was
 * loaded at and writes its timeline event and audit row in its transaction.
 */

export const UNKNOWN_LINE = "Prestation inconnue ou archivée : choisissez-la dans la liste.";
export const CONTRACT_NOT_ACTIVE = "Ce contrat n'est pas en cours : une intervention ne peut être prévue que sous un contrat actif.";
export const SITE_OUTSIDE_CONTRACT = "Ce site est en dehors du contrat : choisissez un des sites de la prestation.";
export const UNKNOWN_SITE = "Site inconnu ou archivé : choisissez-le dans la liste.";
export const UNKNOWN_TEAM = "Équipe inconnue ou archivée : choisissez-la dans la liste.";
export const UNKNOWN_EMPLOYEE = "Une des personnes choisies est inconnue ou ne fait plus partie des salariés.";
export const UNKNOWN_REPORT = "Signalement introuvable.";
export const PARTNER_VALIDATES = "Cette intervention est validée par le partenaire qui l'a commandée, depuis son espace.";
export const CANNOT_REASSIGN = "Une intervention terminée, validée ou annulée ne peut plus être réaffectée.";
export const CANNOT_RESCHEDULE = "Seule une intervention planifiée ou affectée peut être déplacée.";
export const NOTHING_CHANGED = "Rien n'a changé.";

export function dateOutsideContract(contract: { reference: string; startsOn: Date; endsOn: Date }) {
  return `Cette date est en dehors du contrat ${contract.reference}, qui court du ${formatLongDay(contract.startsOn)} au ${formatLongDay(contract.endsOn)}.`;
}

const STAFF: WorkOrderActorKind = "staff";

const STAFF_LINE_REFUSALS: LineRefusals = {
  lineField: "contractLineId",
  unknownLine: UNKNOWN_LINE,
  notActive: () => CONTRACT_NOT_ACTIVE,
  siteNotOnLine: SITE_OUTSIDE_CONTRACT,
  outsideContract: dateOutsideContract,
};

type Target = { workOrderId: string; version: number };
const at = (target: Target) => ({ id: target.workOrderId, version: target.version });

function assertWithinContract(contract: { reference: string; startsOn: Date; endsOn: Date }, day: Date) {
  if (!withinContract(contract, day)) {
    const message = dateOutsideContract(contract);
    throw new ValidationError(message, { date: [message] });
  }
}

async function activeTeam(tx: Tx, teamId: string | null) {
  if (!teamId) return null;
  const team = await tx.team.findFirst({ where: { id: teamId, archivedAt: null }, select: { id: true, name: true } });
  if (!team) throw new ValidationError(UNKNOWN_TEAM, { teamId: [UNKNOWN_TEAM] });
  return team;
}

// ─── Creating a job ──────────────────────────────────────────────────────────────────────────

export type CreatedWorkOrder = { workOrderId: string; number: number; existing: boolean; cacheTags: string[] };

async function findByKey(createdById: string, idempotencyKey: string): Promise<CreatedWorkOrder | null> {
  const job = await db.workOrder.findUnique({ where: { createdById_idempotencyKey: { createdById, idempotencyKey } }, select: { id: true, number: true } });
  return job ? { workOrderId: job.id, number: job.number, existing: true, cacheTags: [] } : null;
}

/** Under a line (checked in the transaction, lib/work-orders/commands/line-for-job.ts): what the job takes from it. */
async function underLine(tx: Tx, lineId: string, siteId: string, day: Date) {
  const line = await lineForJob(tx, { lineId, siteId, day }, STAFF_LINE_REFUSALS);
  return { contractLineId: line.id, contractId: line.contract.id, partnerId: line.contract.partnerId };
}

/**
 * A one-off job (origin STAFF), or a report's (origin REPORT: the report becomes "Intervention
 * prévue" in the same transaction, its followers told). Sent twice with the same form's key, it is
 * created once.
 */
export async function createWorkOrder(ctx: OperationContext, input: CreateWorkOrderInput): Promise<CreatedWorkOrder> {
  const earlier = await findByKey(ctx.actor.id, input.idempotencyKey);
  if (earlier) return earlier;
  try {
    return await inTransaction(ctx, async (tx, afterCommit) => {
      const day = toDay(input.date);
      const contract = input.contractLineId && input.siteId ? await underLine(tx, input.contractLineId, input.siteId, day) : null;
      if (!contract && input.siteId && !(await tx.site.findFirst({ where: { id: input.siteId, archivedAt: null }, select: { id: true } }))) {
        throw new ValidationError(UNKNOWN_SITE, { siteId: [UNKNOWN_SITE] });
      }
      await activeTeam(tx, input.teamId);
      const report = input.reportId ? await tx.report.findUnique({ where: { id: input.reportId }, select: { id: true, buildingId: true } }) : null;
      if (input.reportId && !report) throw new ValidationError(UNKNOWN_REPORT, { reportId: [UNKNOWN_REPORT] });
      const job = await tx.workOrder.create({
        data: {
          origin: report ? "REPORT" : "STAFF",
          ...(contract ?? {}),
          reportId: report?.id ?? null,
          siteId: input.siteId,
          buildingId: report?.buildingId ?? null,
          address: input.address,
          task: input.task,
          description: input.description,
          scheduledDate: day,
          startMinutes: input.startTime,
          durationMinutes: input.durationMinutes,
          teamId: input.teamId,
          internalNote: input.internalNote,
          createdById: ctx.actor.id,
          idempotencyKey: input.idempotencyKey,
        },
        select: { id: true, number: true, scheduledDate: true, origin: true, contractId: true, partnerId: true },
      });
      await tx.workOrderEvent.create({ data: { workOrderId: job.id, kind: "CREATED", toStatus: "PLANNED", visibility: "INTERNAL", actorId: ctx.actor.id } });
      await recordAudit(tx, {
        actorId: ctx.actor.id,
        action: "work-order.created",
        entityType: "WorkOrder",
        entityId: job.id,
        after: { number: job.number, origin: job.origin, contractId: job.contractId, siteId: input.siteId, scheduledDate: input.date, reportId: report?.id ?? null },
      });
      const planned = report ? await planReportForJob({ actor: ctx.actor, tx, afterCommit }, report.id, job) : null;
      return { workOrderId: job.id, number: job.number, existing: false, cacheTags: planned?.cacheTags ?? [] };
    });
  } catch (error) {
    // The same form sent twice at once: the other submission won the unique key.
    if (isUniqueViolation(error)) {
      const winner = await findByKey(ctx.actor.id, input.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}

// ─── Assignment ──────────────────────────────────────────────────────────────────────────────

/** The team and people to put on the job, checked (non-archived only), and how to write them. */
async function plannedAssignees(tx: Tx, job: LoadedWorkOrder, input: AssignWorkOrderInput) {
  const team = await activeTeam(tx, input.teamId);
  const employees = input.employeeIds.length
    ? await tx.employee.findMany({ where: { id: { in: input.employeeIds }, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } })
    : [];
  if (employees.length !== input.employeeIds.length) throw new ValidationError(UNKNOWN_EMPLOYEE, { employeeIds: [UNKNOWN_EMPLOYEE] });
  const before = await tx.workOrderAssignee.findMany({ where: { workOrderId: job.id }, select: { employeeId: true } });
  const comment = [team ? `Équipe : ${team.name}` : null, employees.length ? `Personnes : ${employees.map((e) => e.name).join(", ")}` : null].filter(Boolean).join(" · ");
  return {
    data: { teamId: team?.id ?? null },
    comment,
    audit: {
      before: { teamId: job.teamId, employeeIds: before.map((a) => a.employeeId).sort() },
      after: { teamId: team?.id ?? null, employeeIds: employees.map((e) => e.id).sort() },
    },
    write: async (t: Tx) => {
      await t.workOrderAssignee.deleteMany({ where: { workOrderId: job.id } });
      if (employees.length) await t.workOrderAssignee.createMany({ data: employees.map((e) => ({ workOrderId: job.id, employeeId: e.id })) });
    },
  };
}

/**
 * Gives the job to a team and/or employees: the `assign` move for a planned job, a change that
 * keeps the state for one already assigned or under way (reassigning).
 */
export async function assignWorkOrder(ctx: OperationContext, input: AssignWorkOrderInput): Promise<WorkOrderChangeResult> {
  const plan = async (job: LoadedWorkOrder, tx: Tx, reassign: boolean): Promise<WorkOrderChange> => {
    const planned = await plannedAssignees(tx, job, input);
    return {
      data: planned.data,
      event: { kind: "ASSIGNED", comment: planned.comment, visibility: "INTERNAL", ...(reassign ? {} : { fromStatus: job.status, toStatus: "ASSIGNED" as const }) },
      audit: { action: reassign ? "work-order.reassigned" : "work-order.assigned", ...planned.audit },
      after: planned.write,
    };
  };
  // The state decides which: read it in the transaction, with the version check of either path.
  return inTransaction(ctx, async (tx, afterCommit) => {
    const inner = { actor: ctx.actor, tx, afterCommit };
    const current = await workOrderLifecycle.load(tx, ctx.actor, STAFF, input.workOrderId);
    if (current && (current.status === "ASSIGNED" || current.status === "IN_PROGRESS")) {
      return workOrderChangeResult(await applyChange(inner, workOrderLifecycle, STAFF, at(input), (job, t) => plan(job, t, true)));
    }
    if (current && current.status !== "PLANNED" && current.version === input.version) throw new ValidationError(CANNOT_REASSIGN, { status: [CANNOT_REASSIGN] });
    return workOrderChangeResult(await applyMove(inner, workOrderLifecycle, STAFF, at(input), "assign", (job, t) => plan(job, t, false)));
  });
}

// ─── Rescheduling and cancelling ─────────────────────────────────────────────────────────────

const MOVABLE: readonly WorkOrderStatus[] = ["PLANNED", "ASSIGNED"];

/** Another day or time; within the contract's dates; the occurrence it stands for is kept. */
export async function rescheduleWorkOrder(ctx: OperationContext, input: RescheduleWorkOrderInput): Promise<WorkOrderChangeResult> {
  const day = toDay(input.date);
  return workOrderChangeResult(
    await applyChange(ctx, workOrderLifecycle, STAFF, at(input), async (job, tx): Promise<WorkOrderChange> => {
      if (!MOVABLE.includes(job.status)) throw new ValidationError(CANNOT_RESCHEDULE, { date: [CANNOT_RESCHEDULE] });
      if (job.contractId) {
        const contract = await tx.contract.findUniqueOrThrow({ where: { id: job.contractId }, select: { reference: true, startsOn: true, endsOn: true } });
        assertWithinContract(contract, day);
      }
      const startMinutes = input.keepTime ? job.startMinutes : input.startTime;
      if (day.getTime() === job.scheduledDate.getTime() && startMinutes === job.startMinutes) throw new ValidationError(NOTHING_CHANGED, { date: [NOTHING_CHANGED] });
      return {
        data: { scheduledDate: day, startMinutes },
        event: { kind: "RESCHEDULED", comment: `Déplacée au ${formatLongDay(day)}`, visibility: "INTERNAL" },
        audit: {
          action: "work-order.rescheduled",
          before: { scheduledDate: job.scheduledDate.toISOString().slice(0, 10), startMinutes: job.startMinutes },
          after: { scheduledDate: input.date, startMinutes },
        },
      };
    }),
  );
}

/** Cancelled with its reason (told to the partner): nobody stays on it. */
export async function cancelWorkOrder(ctx: OperationContext, input: CancelWorkOrderInput): Promise<WorkOrderChangeResult> {
  return workOrderChangeResult(
    await applyMove(ctx, workOrderLifecycle, STAFF, at(input), "cancel", async (job): Promise<WorkOrderChange> => ({
      data: { cancelReason: input.reason },
      event: { kind: "STATUS_CHANGED", fromStatus: job.status, toStatus: "CANCELLED", comment: input.reason, visibility: "PUBLIC" },
      audit: { action: "work-order.cancelled", before: { status: job.status }, after: { status: "CANCELLED", reason: input.reason } },
      notify: { kind: "WORK_ORDER_STATUS", text: `L'intervention n° ${job.number} (${job.task}) est annulée : ${input.reason}` },
    })),
  );
}

// ─── The other moves of the table, from the job page's buttons ──────────────────────────────

/** What the partner sees of each move (PUBLIC events, a notice); the others stay the Régie's. */
const PARTNER_SEES: Partial<Record<MoveWorkOrderInput["move"], "WORK_ORDER_DONE" | "WORK_ORDER_STATUS">> = {
  complete: "WORK_ORDER_DONE",
  validate: "WORK_ORDER_STATUS",
  sendBack: "WORK_ORDER_STATUS",
};

/**
 * Unassign, start and complete on the employee's behalf, validate a job no partner ordered (its
 * report, if any, is resolved in the same transaction), send back, restore a cancelled job.
 */
export async function moveWorkOrder(ctx: OperationContext, input: MoveWorkOrderInput): Promise<WorkOrderChangeResult> {
  return inTransaction(ctx, async (tx, afterCommit) => {
    const inner = { actor: ctx.actor, tx, afterCommit };
    const result = await applyMove(inner, workOrderLifecycle, STAFF, at(input), input.move, async (job, _t, rule): Promise<WorkOrderChange> => {
      if (input.move === "validate" && job.partnerId) throw new ValidationError(PARTNER_VALIDATES, { status: [PARTNER_VALIDATES] });
      const notice = PARTNER_SEES[input.move];
      const clearsAssignees = input.move === "unassign" || input.move === "restore";
      return {
        data: input.move === "sendBack" ? { sentBackComment: input.comment } : {},
        event: { kind: "STATUS_CHANGED", fromStatus: job.status, toStatus: rule.to, comment: input.comment, visibility: notice ? "PUBLIC" : "INTERNAL" },
        audit: { action: `work-order.${input.move}`, before: { status: job.status }, after: { status: rule.to } },
        notify: notice ? { kind: notice, text: `L'intervention n° ${job.number} (${job.task}) est maintenant « ${WORK_ORDER_STATUS_LABELS[rule.to]} ».` } : undefined,
        after: clearsAssignees ? (t) => t.workOrderAssignee.deleteMany({ where: { workOrderId: job.id } }).then(() => undefined) : undefined,
      };
    });
    const reportId = result.record.reportId;
    const resolved = input.move === "validate" && reportId ? await resolveReportOfJob(inner, reportId, result.record) : null;
    const changed = workOrderChangeResult(result);
    return { ...changed, cacheTags: [...changed.cacheTags, ...(resolved?.cacheTags ?? [])] };
  });
}
