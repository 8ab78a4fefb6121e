import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { toDay } from "@/lib/core/calendar";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { EVERY_ROLE_BUT_STAFF, type Fixture, type GuardedCase } from "./shared";

/** The work-orders actions' callers to refuse, and a valid input (see shared.ts). */

/** A site of the fixture's territory (its report's building). */
async function siteOf(f: Fixture) {
  const building = await db.building.findUniqueOrThrow({ where: { id: f.reports.place.split(":")[1] }, select: { siteId: true } });
  return building.siteId;
}

async function job(f: Fixture, status: WorkOrderStatus = "PLANNED") {
  return db.workOrder.create({
    data: { origin: "STAFF", status, siteId: await siteOf(f), task: "Débarras du local vélos", scheduledDate: toDay("2026-12-10") },
    select: { id: true },
  });
}

const staffOnly = (input: GuardedCase["input"]): GuardedCase => ({ wrongRoles: EVERY_ROLE_BUT_STAFF, allowed: ["STAFF"], input });

export const cases: Record<string, GuardedCase> = {
  createWorkOrder: staffOnly(async (f) => ({
    siteId: await siteOf(f),
    task: "Débarras d'encombrants",
    date: "2026-12-10",
    startTime: "09:00",
    durationMinutes: "60",
    idempotencyKey: randomUUID(),
  })),
  generateWorkOrders: staffOnly(async (f) => {
    const contract = await db.contract.create({
      data: {
        reference: `M-AUTH-${randomUUID().slice(0, 8)}`,
        partnerId: f.reports.partnerId,
        object: "Entretien",
        kind: "PUBLIC_PROCUREMENT",
        startsOn: toDay("2020-01-01"),
        endsOn: toDay("2099-12-31"),
        status: "ACTIVE",
        lines: { create: { task: "Halls", unit: "PER_VISIT", unitPriceCents: 100, recurrence: "FREQ=WEEKLY;BYDAY=MO", sites: { create: { siteId: await siteOf(f) } } } },
      },
      select: { id: true },
    });
    return { weeks: "2", contractId: contract.id };
  }),
  assignWorkOrder: staffOnly(async (f) => {
    const team = await db.team.create({ data: { name: `Équipe ${randomUUID().slice(0, 8)}` }, select: { id: true } });
    return { workOrderId: (await job(f)).id, version: "0", teamId: team.id };
  }),
  rescheduleWorkOrder: staffOnly(async (f) => ({ workOrderId: (await job(f)).id, version: "0", date: "2026-12-11", startTime: "" })),
  cancelWorkOrder: staffOnly(async (f) => ({ workOrderId: (await job(f)).id, version: "0", reason: "Plus nécessaire." })),
  moveWorkOrder: staffOnly(async (f) => ({ workOrderId: (await job(f, "DONE")).id, version: "0", move: "validate" })),
};
