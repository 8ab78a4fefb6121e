/**
 * Status rules of a report, pure (no database): unit-tested in tests/unit/reports/status.test.ts.
 *
 * new → acknowledged → routed to partner / work planned → resolved → closed; or rejected,
 * duplicate. A resident may only answer a resolution: "fixed" (→ closed) or, within
 * REOPEN_WINDOW_DAYS of it, "not fixed" with a comment (→ acknowledged).
 */
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

/** Moves the staff may make (triage, next slice). */
export const STAFF_TRANSITIONS: Record<ReportStatus, readonly ReportStatus[]> = {
  NEW: ["ACKNOWLEDGED", "ROUTED", "PLANNED", "RESOLVED", "REJECTED", "DUPLICATE"],
  ACKNOWLEDGED: ["ROUTED", "PLANNED", "RESOLVED", "REJECTED", "DUPLICATE"],
  ROUTED: ["ACKNOWLEDGED", "PLANNED", "RESOLVED", "REJECTED", "DUPLICATE"],
  PLANNED: ["ACKNOWLEDGED", "ROUTED", "RESOLVED", "DUPLICATE"],
  RESOLVED: ["CLOSED", "ACKNOWLEDGED"],
  CLOSED: ["ACKNOWLEDGED"],
  REJECTED: ["ACKNOWLEDGED"],
  DUPLICATE: ["ACKNOWLEDGED"],
};

export function canStaffTransition(from: ReportStatus, to: ReportStatus): boolean {
  return STAFF_TRANSITIONS[from].includes(to);
}

/** A partner takes a report in hand (→ planned) or marks it resolved. */
export const PARTNER_ACTIONS = {
  "take-in-hand": { to: "PLANNED", from: ["NEW", "ACKNOWLEDGED", "ROUTED"] },
  resolve: { to: "RESOLVED", from: ["NEW", "ACKNOWLEDGED", "ROUTED", "PLANNED"] },
} as const satisfies Record<string, { to: ReportStatus; from: readonly ReportStatus[] }>;
export type PartnerAction = keyof typeof PARTNER_ACTIONS;

export function canPartnerApply(status: ReportStatus, action: PartnerAction): boolean {
  return (PARTNER_ACTIONS[action].from as readonly ReportStatus[]).includes(status);
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

export const PRIORITY_LABELS = { LOW: "Basse", NORMAL: "Normale", HIGH: "Haute", URGENT: "Urgente" } as const;
