/**
 * Status rules of a report, pure (no database): unit-tested in tests/unit/reports/status.test.ts and the table walk.
 *
 * new → acknowledged → routed to partner / work planned → resolved → closed; or rejected,
 * duplicate. A resident may only answer a resolution: "fixed" (→ closed) or, within
 * REOPEN_WINDOW_DAYS of it, "not fixed" with a comment (→ acknowledged).
 */
import { defineMoves, findMove, targetsFrom } from "@/lib/core/moves";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

export const REPORT_STATUSES = [
  "NEW",
  "ACKNOWLEDGED",
  "ROUTED",
  "PLANNED",
  "RESOLVED",
  "CLOSED",
  "REJECTED",
  "DUPLICATE",
] as const satisfies readonly ReportStatus[];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  NEW: "Nouveau",
  ACKNOWLEDGED: "Pris en compte",
  ROUTED: "Transmis au partenaire",
  PLANNED: "Intervention prévue",
  RESOLVED: "Résolu",
  CLOSED: "Clos",
  REJECTED: "Refusé",
  DUPLICATE: "Doublon",
};

/** "Nouveau → Pris en compte": a status change as the timelines show it. */
export function statusChangeLabel(from: ReportStatus | null, to: ReportStatus): string {
  return `${from ? `${REPORT_STATUS_LABELS[from]} → ` : ""}${REPORT_STATUS_LABELS[to]}`;
}

/** Statuses public pages show; rejected reports and duplicates are left out. */
export const PUBLIC_STATUSES = ["NEW", "ACKNOWLEDGED", "ROUTED", "PLANNED", "RESOLVED", "CLOSED"] as const satisfies readonly ReportStatus[];
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

/** Still being dealt with: shown as "similar" before creating a new one, and open to "moi aussi". */
export const OPEN_STATUSES = ["NEW", "ACKNOWLEDGED", "ROUTED", "PLANNED"] as const satisfies readonly ReportStatus[];

export function isOpen(status: ReportStatus): boolean {
  return (OPEN_STATUSES as readonly ReportStatus[]).includes(status);
}

/** Who moves a report: staff (triage), a partner it was routed to, its author (answering a resolution). */
export type ReportActorKind = "staff" | "partner" | "author";
export const REPORT_ACTOR_KINDS = ["staff", "partner", "author"] as const satisfies readonly ReportActorKind[];

/**
 * Every move of a report, once: the kernel (lib/core/lifecycle.ts) carries them out and the
 * forms offer them. The commands of each audience (lib/reports/commands/) add what is particular
 * to a move: its event text, its notification, its mails.
 */
export const reportMoves = defineMoves<ReportStatus, ReportActorKind>()({
  acknowledge: {
    from: ["NEW", "ROUTED", "PLANNED"],
    to: "ACKNOWLEDGED",
    by: ["staff"],
    setsOnce: ["acknowledgedAt"],
    clears: ["resolvedAt", "closedAt", "rejectionReason"],
  },
  route: { from: ["NEW", "ACKNOWLEDGED", "PLANNED"], to: "ROUTED", by: ["staff"], setsOnce: ["acknowledgedAt"] },
  /** "Intervention prévue" by staff; "pris en charge" by the partner. */
  plan: { from: ["NEW", "ACKNOWLEDGED", "ROUTED"], to: "PLANNED", by: ["staff", "partner"] },
  resolve: { from: ["NEW", "ACKNOWLEDGED", "ROUTED", "PLANNED"], to: "RESOLVED", by: ["staff", "partner"], sets: ["resolvedAt"] },
  /** Closed by staff, or by its author confirming the repair. */
  close: { from: ["RESOLVED"], to: "CLOSED", by: ["staff", "author"], sets: ["closedAt"] },
  reject: { from: ["NEW", "ACKNOWLEDGED", "ROUTED"], to: "REJECTED", by: ["staff"] },
  markDuplicate: { from: ["NEW", "ACKNOWLEDGED", "ROUTED", "PLANNED"], to: "DUPLICATE", by: ["staff"] },
  /** Staff take up again a report that was dealt with. */
  reopen: {
    from: ["RESOLVED", "CLOSED", "REJECTED", "DUPLICATE"],
    to: "ACKNOWLEDGED",
    by: ["staff"],
    sets: ["reopenedAt"],
    setsOnce: ["acknowledgedAt"],
    clears: ["resolvedAt", "closedAt", "rejectionReason"],
  },
  /** Its author says the repair did not hold (within REOPEN_WINDOW_DAYS, with a comment: residentTransition). */
  reportNotFixed: { from: ["RESOLVED"], to: "ACKNOWLEDGED", by: ["author"], sets: ["reopenedAt"], clears: ["resolvedAt"] },
});
export type ReportMove = keyof typeof reportMoves;

/** The statuses staff may lead a report to from each status (the triage form offers these). */
export const STAFF_TRANSITIONS = staffTargets();

function staffTargets() {
  const table = {} as Record<ReportStatus, readonly ReportStatus[]>;
  for (const from of REPORT_STATUSES) table[from] = targetsFrom(reportMoves, "staff", from);
  return table;
}

export function canStaffTransition(from: ReportStatus, to: ReportStatus): boolean {
  return findMove(reportMoves, "staff", from, to) !== null;
}

/** A partner takes a report in hand (→ planned) or marks it resolved: the form's names for its two moves. */
export const PARTNER_ACTIONS = { "take-in-hand": "plan", resolve: "resolve" } as const satisfies Record<string, ReportMove>;
export type PartnerAction = keyof typeof PARTNER_ACTIONS;

export function canPartnerApply(status: ReportStatus, action: PartnerAction): boolean {
  const rule = reportMoves[PARTNER_ACTIONS[action]];
  return (rule.by as readonly ReportActorKind[]).includes("partner") && (rule.from as readonly ReportStatus[]).includes(status);
}

export const REOPEN_WINDOW_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ResidentDecision = "fixed" | "not-fixed";

export type ResidentTransition =
  | { ok: true; to: ReportStatus }
  | { ok: false; reason: string };

export const NOT_RESOLVED = "Ce signalement n'est pas marqué comme résolu : vous ne pouvez pas encore répondre.";
export const REOPEN_WINDOW_OVER = `Le délai de ${REOPEN_WINDOW_DAYS} jours pour rouvrir ce signalement est dépassé : faites un nouveau signalement.`;
export const COMMENT_REQUIRED = "Expliquez en quelques mots ce qui n'est pas réparé.";

/** Whether a resident's answer to a resolution is allowed now, and the status it leads to. */
export function residentTransition(
  report: { status: ReportStatus; resolvedAt: Date | null },
  decision: ResidentDecision,
  comment: string | null | undefined,
  now: Date = new Date(),
): ResidentTransition {
  if (report.status !== "RESOLVED") return { ok: false, reason: NOT_RESOLVED };
  if (decision === "fixed") return { ok: true, to: "CLOSED" };
  if (!report.resolvedAt || now.getTime() - report.resolvedAt.getTime() > REOPEN_WINDOW_DAYS * DAY_MS) {
    return { ok: false, reason: REOPEN_WINDOW_OVER };
  }
  if (!comment?.trim()) return { ok: false, reason: COMMENT_REQUIRED };
  return { ok: true, to: "ACKNOWLEDGED" };
}

/** Whether the page should offer the "not fixed" button. */
export function canStillReopen(resolvedAt: Date | null, now: Date = new Date()): boolean {
  return !!resolvedAt && now.getTime() - resolvedAt.getTime() <= REOPEN_WINDOW_DAYS * DAY_MS;
}

export const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
export const PRIORITY_LABELS = { LOW: "Basse", NORMAL: "Normale", HIGH: "Haute", URGENT: "Urgente" } as const;
