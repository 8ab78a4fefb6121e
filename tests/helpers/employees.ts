import { db } from "@/lib/db";
import type { EmploymentContractType } from "@/lib/generated/prisma/enums";

/** Teams and employees written straight through Prisma, for the tests of what reads or uses them. */

let sequence = 0;
const next = () => ++sequence;

export async function createTeamRow(options: { name?: string; archived?: boolean } = {}) {
  return db.team.create({
    data: { name: options.name ?? `Équipe de test ${next()}`, archivedAt: options.archived ? new Date() : null },
    select: { id: true, name: true, version: true },
  });
}

export async function createEmployeeRow(
  options: { name?: string; teamId?: string | null; contractType?: EmploymentContractType; userId?: string; archived?: boolean; skills?: string[]; weeklyHours?: number } = {},
) {
  return db.employee.create({
    data: {
      name: options.name ?? `Salarié de test ${next()}`,
      contractType: options.contractType ?? "CDDI",
      startsOn: new Date("2026-01-05T00:00:00Z"),
      weeklyHours: options.weeklyHours ?? 26,
      teamId: options.teamId ?? null,
      skills: options.skills ?? [],
      userId: options.userId ?? null,
      archivedAt: options.archived ? new Date() : null,
    },
    select: { id: true, name: true, version: true },
  });
}
