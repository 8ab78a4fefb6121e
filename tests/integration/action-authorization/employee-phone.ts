import { getCurrentActor } from "@/lib/auth/session";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { createEmployeeRecord, createJob, createTeam, newKey } from "../../helpers/employee-phone";
import { EVERY_ROLE_BUT_ADMIN, type GuardedCase } from "./shared";

/**
 * The employee-phone actions' callers to refuse, and a valid input (see shared.ts). The job is
 * made for whoever is signed in when the input is built (an employee record in the job's team),
 * so that the allowed caller reaches it and the refusals are about the role alone.
 */
async function jobOfCaller(status: WorkOrderStatus = "ASSIGNED") {
  const team = await createTeam();
  const actor = await getCurrentActor();
  if (actor) await createEmployeeRecord(actor, { teamId: team.id });
  return createJob({ teamId: team.id, status });
}

/** Everyone but an employee (EVERY_ROLE_BUT_ADMIN lists EMPLOYEE; the admin has no phone either). */
const NOT_EMPLOYEES = [...EVERY_ROLE_BUT_ADMIN.filter((roles) => !roles.includes("EMPLOYEE")), ["ADMIN"], ["STAFF", "PARTNER", "BOARD_MEMBER", "ADMIN"]] satisfies GuardedCase["wrongRoles"];

export const cases: Record<string, GuardedCase> = {
  startWorkOrder: {
    wrongRoles: NOT_EMPLOYEES,
    allowed: ["EMPLOYEE"],
    input: async () => {
      const job = await jobOfCaller();
      return { workOrderId: job.id, version: String(job.version) };
    },
  },
  completeWorkOrder: {
    wrongRoles: NOT_EMPLOYEES,
    allowed: ["EMPLOYEE"],
    input: async () => ({ workOrderId: (await jobOfCaller("IN_PROGRESS")).id, completionKey: newKey(), note: "Fait.", minutes: "45" }),
  },
  reportProblem: {
    wrongRoles: NOT_EMPLOYEES,
    allowed: ["EMPLOYEE"],
    input: async ({ reports }) => ({
      workOrderId: (await jobOfCaller()).id,
      categoryId: reports.categoryId,
      description: "Une fuite d'eau au plafond du local vélos.",
      idempotencyKey: newKey(),
    }),
  },
};
