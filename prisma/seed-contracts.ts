/**
 * Demo service contracts: the 7 contracts of a typical Régie with its landlords and the city, their
 * lines (prestations) at the seeded sites with believable schedules and prices. Dates are set from
 * today so that the demo always shows running contracts, a draft renewal, and one contract ending
 * within 90 days (the staff home's alert). Called at the end of seed(); no rule is typed here that
 * parseRecurrence would refuse (the presets' rules).
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { ContractKind, ContractStatus, ServiceUnit } from "../lib/generated/prisma/enums";

type DemoLine = {
  task: string;
  description?: string;
  unit: ServiceUnit;
  euros: number;
  recurrence: string | null;
  sites: string[];
  start?: string;
  minutes: number;
};
type DemoContract = {
  reference: string;
  partner: string;
  object: string;
  kind: ContractKind;
  status: ContractStatus;
  /** Months from the start of this month to the contract's first day (negative: in the past). */
  startMonths: number;
  /** Its length in months; or `endsInDays` from today. */
  months?: number;
  endsInDays?: number;
  euros: number;
  note?: string;
  lines: DemoLine[];
};

const CONTRACTS: DemoContract[] = [
  {
    reference: "M2026-HB-014",
    partner: "Habitat Bellerive",
    object: "Nettoyage des parties communes des résidences Les Tilleuls et du Val Fleuri",
    kind: "PUBLIC_PROCUREMENT",
    status: "ACTIVE",
    startMonths: -11,
    months: 36,
    euros: 498_000,
    note: "Marché de trois ans ; révision des prix au 1er janvier selon l'indice du coût du travail.",
    lines: [
      { task: "Nettoyage des halls et escaliers", description: "Balayage, lavage des sols, vitres des portes de hall, main courante.", unit: "PER_VISIT", euros: 96, recurrence: "FREQ=WEEKLY;BYDAY=MO,TH", sites: ["Résidence Les Tilleuls", "Résidence du Val Fleuri"], start: "08:00", minutes: 180 },
      { task: "Lavage des vitres des parties communes", unit: "PER_VISIT", euros: 310, recurrence: "FREQ=MONTHLY;BYMONTHDAY=15", sites: ["Résidence Les Tilleuls", "Résidence du Val Fleuri"], start: "09:00", minutes: 240 },
    ],
  },
  {
    reference: "CONV-HB-2026-02",
    partner: "Habitat Bellerive",
    object: "Gestion des conteneurs et collecte des encombrants",
    kind: "AGREEMENT",
    status: "ACTIVE",
    startMonths: -8,
    months: 24,
    euros: 142_000,
    lines: [
      { task: "Sortie et rentrée des bacs", description: "Sortie la veille de la collecte, rentrée et nettoyage du local.", unit: "PER_VISIT", euros: 36, recurrence: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA", sites: ["Résidence Les Tilleuls", "Résidence du Val Fleuri"], start: "19:00", minutes: 45 },
      { task: "Collecte des encombrants", unit: "PER_VISIT", euros: 260, recurrence: "FREQ=MONTHLY;BYMONTHDAY=5", sites: ["Résidence Les Tilleuls", "Résidence du Val Fleuri"], start: "08:30", minutes: 150 },
    ],
  },
  {
    reference: "BT-HB-2026-07",
    partner: "Habitat Bellerive",
    object: "Remplacement des gardiens pendant leurs congés",
    kind: "WORK_ORDERS",
    status: "ACTIVE",
    startMonths: -9,
    months: 18,
    euros: 39_500,
    lines: [{ task: "Remplacement de gardien", description: "Permanence de loge, rondes, sortie des bacs, petites réparations.", unit: "HOURLY", euros: 31.5, recurrence: null, sites: ["Résidence Les Tilleuls", "Résidence du Val Fleuri"], minutes: 420 }],
  },
  {
    reference: "M2025-LV-007",
    partner: "Logis du Val",
    object: "Entretien ménager et gestion des bacs du Clos des Vignes et de la résidence Pasteur",
    kind: "PUBLIC_PROCUREMENT",
    status: "ACTIVE",
    startMonths: -23,
    endsInDays: 45,
    euros: 236_000,
    note: "Fin proche : le renouvellement (M2027-LV-001) est en préparation.",
    lines: [
      { task: "Nettoyage des parties communes", unit: "PER_VISIT", euros: 88, recurrence: "FREQ=WEEKLY;BYDAY=TU,FR", sites: ["Le Clos des Vignes", "Résidence Pasteur"], start: "08:00", minutes: 150 },
      { task: "Sortie et rentrée des bacs", unit: "PER_VISIT", euros: 34, recurrence: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA", sites: ["Le Clos des Vignes", "Résidence Pasteur"], start: "19:30", minutes: 40 },
    ],
  },
  {
    reference: "M2027-LV-001",
    partner: "Logis du Val",
    object: "Renouvellement : entretien ménager, bacs et encombrants du Clos des Vignes et de la résidence Pasteur",
    kind: "PUBLIC_PROCUREMENT",
    status: "DRAFT",
    startMonths: 2,
    months: 36,
    euros: 372_000,
    lines: [{ task: "Nettoyage des parties communes", unit: "PER_VISIT", euros: 91, recurrence: "FREQ=WEEKLY;BYDAY=TU,FR", sites: ["Le Clos des Vignes", "Résidence Pasteur"], start: "08:00", minutes: 150 }],
  },
  {
    reference: "M2026-VB-002",
    partner: "Ville de Bellerive",
    object: "Entretien des espaces verts de la place du Marché et du square Jean-Moulin",
    kind: "PUBLIC_PROCUREMENT",
    status: "ACTIVE",
    startMonths: -10,
    months: 24,
    euros: 268_000,
    lines: [
      { task: "Tonte, désherbage et ramassage des déchets", unit: "PER_VISIT", euros: 210, recurrence: "FREQ=WEEKLY;BYDAY=WE", sites: ["Place du Marché", "Square Jean-Moulin"], start: "07:30", minutes: 240 },
      { task: "Taille des haies et des massifs", unit: "PER_VISIT", euros: 420, recurrence: "FREQ=WEEKLY;INTERVAL=4;BYDAY=TU", sites: ["Square Jean-Moulin"], start: "08:00", minutes: 360 },
    ],
  },
  {
    reference: "CONV-VB-2026-05",
    partner: "Ville de Bellerive",
    object: "Entretien de la Maison de quartier et médiation de proximité",
    kind: "AGREEMENT",
    status: "ACTIVE",
    startMonths: -11,
    months: 24,
    euros: 188_000,
    lines: [
      { task: "Nettoyage de la Maison de quartier", unit: "PER_VISIT", euros: 58, recurrence: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", sites: ["Maison de quartier"], start: "06:30", minutes: 90 },
      { task: "Médiation de proximité", description: "Présence en soirée sur la place du Marché et aux abords de la Maison de quartier.", unit: "HOURLY", euros: 29, recurrence: null, sites: ["Place du Marché", "Maison de quartier"], minutes: 180 },
    ],
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;

function monthStart(today: Date, offset: number): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
}

function minutesOf(time: string | undefined): number | null {
  if (!time) return null;
  const [h, m] = time.split(":").map(Number);
  return h * 60 + m;
}

export async function seedContracts(db: PrismaClient, options: { staffId: string; today?: Date }) {
  const today = options.today ?? new Date();
  const [partners, sites, teams] = await Promise.all([
    db.partner.findMany({ select: { id: true, name: true } }),
    db.site.findMany({ select: { id: true, name: true } }),
    // Teams come from another part of the seed, if it ran first: lines go to them in turn.
    db.team.findMany({ where: { archivedAt: null }, select: { id: true }, orderBy: { name: "asc" } }),
  ]);
  const partnerId = new Map(partners.map((p) => [p.name, p.id]));
  const siteId = new Map(sites.map((s) => [s.name, s.id]));
  let lineCount = 0;
  for (const c of CONTRACTS) {
    const startsOn = monthStart(today, c.startMonths);
    const endsOn =
      c.endsInDays !== undefined
        ? new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + c.endsInDays * DAY_MS)
        : new Date(monthStart(startsOn, c.months ?? 12).getTime() - DAY_MS);
    const active = c.status !== "DRAFT";
    await db.contract.create({
      data: {
        reference: c.reference,
        partnerId: partnerId.get(c.partner)!,
        object: c.object,
        kind: c.kind,
        status: c.status,
        startsOn,
        endsOn,
        amountCents: Math.round(c.euros * 100),
        internalNote: c.note ?? null,
        activatedAt: active ? startsOn : null,
        createdById: options.staffId,
        lines: {
          create: c.lines.map((line, index) => ({
            task: line.task,
            description: line.description ?? null,
            unit: line.unit,
            unitPriceCents: Math.round(line.euros * 100),
            recurrence: line.recurrence,
            startMinutes: minutesOf(line.start),
            durationMinutes: line.minutes,
            teamId: teams.length ? teams[lineCount++ % teams.length].id : null,
            sortOrder: (index + 1) * 10,
            sites: { create: line.sites.map((name) => ({ siteId: siteId.get(name)! })) },
          })),
        },
      },
    });
  }
}
