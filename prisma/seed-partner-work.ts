/**
 * Demo data of the partner's space (issue 11, the work done for the partner): a contract of
 * Habitat Bellerive with its three lines, jobs of October and November 2026 (validated with their
 * hours, two finished and waiting for the landlord's validation), and the figures its statement
 * shows. Invented, believable; the employee who entered the hours is the employees' seed's first
 * one when it ran before, else one made here.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { ServiceUnit } from "../lib/generated/prisma/enums";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const LINES: { task: string; unit: ServiceUnit; unitPriceCents: number; recurrence: string | null; sites: string[] }[] = [
  { task: "Nettoyage des halls et cages d'escalier", unit: "PER_VISIT", unitPriceCents: 4_500, recurrence: "FREQ=WEEKLY;BYDAY=MO,TH", sites: ["Résidence Les Tilleuls", "Résidence du Val Fleuri"] },
  { task: "Entretien des espaces verts", unit: "HOURLY", unitPriceCents: 2_800, recurrence: null, sites: ["Résidence du Val Fleuri"] },
  { task: "Sortie et rentrée des bacs", unit: "FLAT", unitPriceCents: 38_000, recurrence: null, sites: ["Résidence Les Tilleuls"] },
];

export async function seedPartnerWork(db: PrismaClient, people: { partnerId: string; staffId: string }) {
  const sites = new Map(
    (await db.site.findMany({ where: { ownerPartnerId: people.partnerId }, select: { id: true, name: true } })).map((s) => [s.name, s.id]),
  );
  const contract = await db.contract.create({
    data: {
      reference: "HB-2026-031",
      partnerId: people.partnerId,
      object: "Entretien des parties communes et abords des résidences Les Tilleuls et Val Fleuri",
      kind: "PUBLIC_PROCUREMENT",
      startsOn: day("2026-01-01"),
      endsOn: day("2027-12-31"),
      amountCents: 4_860_000,
      status: "ACTIVE",
      activatedAt: new Date("2025-12-15T10:00:00Z"),
      internalNote: "Révision des prix prévue au 1er janvier : attendre l'indice de novembre.",
      createdById: people.staffId,
    },
    select: { id: true },
  });
  const lines = [];
  for (const [sortOrder, line] of LINES.entries()) {
    lines.push(
      await db.contractLine.create({
        data: {
          contractId: contract.id,
          task: line.task,
          unit: line.unit,
          unitPriceCents: line.unitPriceCents,
          recurrence: line.recurrence,
          sortOrder,
          sites: { create: line.sites.flatMap((name) => (sites.get(name) ? [{ siteId: sites.get(name)! }] : [])) },
        },
        select: { id: true, task: true },
      }),
    );
  }
  const employee =
    (await db.employee.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } })) ??
    (await db.employee.create({ data: { name: "Moussa Diallo", contractType: "CDDI", startsOn: day("2026-03-02"), weeklyHours: 26 }, select: { id: true } }));

  const tilleuls = sites.get("Résidence Les Tilleuls") ?? null;
  const valFleuri = sites.get("Résidence du Val Fleuri") ?? null;
  // [line, site, day, status, minutes]: validated in October and November, two waiting in late November.
  const jobs: [number, string | null, string, "VALIDATED" | "DONE", number][] = [
    [0, tilleuls, "2026-10-05", "VALIDATED", 120],
    [0, valFleuri, "2026-10-08", "VALIDATED", 105],
    [1, valFleuri, "2026-10-14", "VALIDATED", 210],
    [0, tilleuls, "2026-11-02", "VALIDATED", 120],
    [0, valFleuri, "2026-11-05", "VALIDATED", 90],
    [0, tilleuls, "2026-11-09", "VALIDATED", 115],
    [1, valFleuri, "2026-11-12", "VALIDATED", 240],
    [2, tilleuls, "2026-11-16", "VALIDATED", 45],
    [0, valFleuri, "2026-11-26", "DONE", 100],
    [1, valFleuri, "2026-11-27", "DONE", 180],
  ];
  for (const [lineIndex, siteId, date, status, minutes] of jobs) {
    const doneAt = new Date(`${date}T11:30:00Z`);
    const job = await db.workOrder.create({
      data: {
        origin: LINES[lineIndex].recurrence ? "SCHEDULE" : "PARTNER_ORDER",
        contractId: contract.id,
        contractLineId: lines[lineIndex].id,
        partnerId: people.partnerId,
        siteId,
        task: lines[lineIndex].task,
        scheduledDate: day(date),
        occurrenceDate: LINES[lineIndex].recurrence ? day(date) : null,
        startMinutes: 8 * 60,
        durationMinutes: 120,
        status,
        startedAt: new Date(`${date}T07:00:00Z`),
        doneAt,
        validatedAt: status === "VALIDATED" ? new Date(doneAt.getTime() + 2 * 86_400_000) : null,
        internalNote: "Clé du local technique chez la gardienne.",
        events: {
          create: [
            { kind: "CREATED", toStatus: "PLANNED", visibility: "PUBLIC", createdAt: new Date(`${date}T06:00:00Z`) },
            { kind: "STATUS_CHANGED", fromStatus: "IN_PROGRESS", toStatus: "DONE", visibility: "PUBLIC", createdAt: doneAt },
            ...(status === "VALIDATED"
              ? [{ kind: "STATUS_CHANGED" as const, fromStatus: "DONE" as const, toStatus: "VALIDATED" as const, visibility: "PUBLIC" as const, comment: "Intervention validée par le partenaire.", createdAt: new Date(doneAt.getTime() + 2 * 86_400_000) }]
              : []),
          ],
        },
      },
      select: { id: true },
    });
    await db.timeEntry.create({ data: { workOrderId: job.id, employeeId: employee.id, date: day(date), minutes } });
  }
}
