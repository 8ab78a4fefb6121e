/**
 * The whole table of work order moves (lib/work-orders/model.ts `workOrderMoves`) walked for the
 * "staff" kind through staff's commands: from each state, each move succeeds exactly when the table
 * lets staff make it from there (status, one timeline event, one audit row), and is otherwise
 * refused with the kernel's message, nothing changed. Assigning a job already assigned or under way
 * is the reassignment change (the state stays).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/core/errors";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { assignWorkOrder, cancelWorkOrder, moveWorkOrder } from "@/lib/work-orders/commands/staff";
import { workOrderStatusNotAllowed } from "@/lib/work-orders/lifecycle";
import { WORK_ORDER_STATUSES, workOrderMoves, type WorkOrderMove } from "@/lib/work-orders/model";
import type { Actor } from "@/lib/authz/policy";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, createUser } from "../../helpers/factories";
import { createEmployee, createJob, createTeam } from "../../helpers/work-orders";

let staff: Actor;
let team: { id: string };
let employee: { id: string };

beforeAll(async () => {
  await resetDatabase();
  staff = actorOf(await createUser({ roles: ["STAFF"] }));
  team = await createTeam();
  employee = await createEmployee({ teamId: team.id });
});

function run(move: WorkOrderMove, workOrderId: string) {
  const ctx = { actor: staff };
  const target = { workOrderId, version: 0 };
  if (move === "assign") return assignWorkOrder(ctx, { ...target, teamId: team.id, employeeIds: [employee.id] });
  if (move === "cancel") return cancelWorkOrder(ctx, { ...target, reason: "Plus nécessaire." });
  return moveWorkOrder(ctx, { ...target, move, comment: null });
}

const cases = WORK_ORDER_STATUSES.flatMap((from) => (Object.keys(workOrderMoves) as WorkOrderMove[]).map((move) => [from, move] as const));

describe("staff on the table of moves", () => {
  it.each(cases)("from %s, %s", async (from: WorkOrderStatus, move: WorkOrderMove) => {
    const rule = workOrderMoves[move];
    const job = await createJob({ status: from, teamId: team.id, employeeIds: from === "PLANNED" || from === "CANCELLED" ? [] : [employee.id] });
    const allowed = (rule.by as readonly string[]).includes("staff") && (rule.from as readonly WorkOrderStatus[]).includes(from);
    const reassign = move === "assign" && (from === "ASSIGNED" || from === "IN_PROGRESS");
    if (allowed || reassign) {
      await run(move, job.id);
      const after = await db.workOrder.findUniqueOrThrow({ where: { id: job.id } });
      expect(after.status).toBe(reassign ? from : rule.to);
      expect(after.version).toBe(1);
      expect(await db.workOrderEvent.count({ where: { workOrderId: job.id } })).toBe(1);
      expect(await db.auditLog.count({ where: { entityId: job.id } })).toBe(1);
      return;
    }
    const before = await databaseSnapshot();
    const error = await run(move, job.id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    if (move !== "assign") expect((error as Error).message).toBe(workOrderStatusNotAllowed(from, rule.to, "staff"));
    expect(await databaseSnapshot()).toEqual(before);
  });
});
