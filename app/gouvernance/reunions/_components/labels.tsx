import type { DecisionOutcome, MeetingStatus } from "@/lib/generated/prisma/enums";
import { DECISION_OUTCOME_LABELS, MEETING_STATUS_LABELS } from "@/lib/governance/model";

const STATUS_CLASSES: Record<MeetingStatus, string> = {
  PLANNED: "bg-slate-100 text-slate-900 ring-slate-500",
  CONVENED: "bg-blue-50 text-blue-900 ring-blue-700",
  HELD: "bg-green-50 text-green-900 ring-green-700",
  CANCELLED: "bg-slate-200 text-slate-900 ring-slate-600",
};

/** A meeting's status as a badge (its words say it; the colour only helps). */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ring-1 ${STATUS_CLASSES[status]}`}>{MEETING_STATUS_LABELS[status]}</span>;
}

export function OutcomeBadge({ outcome }: { outcome: DecisionOutcome }) {
  const look = outcome === "ADOPTED" ? "bg-green-50 text-green-900 ring-green-700" : "bg-red-50 text-red-900 ring-red-700";
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ring-1 ${look}`}>{DECISION_OUTCOME_LABELS[outcome]}</span>;
}
