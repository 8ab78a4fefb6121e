/**
 * Governance, pure (no database): bodies, positions, meetings' and minutes' states, attendance,
 * with their French labels, and which positions one person at a time may hold in a body.
 */
import type { AttendanceStatus, BodyKind, DecisionOutcome, MandatePosition, MeetingStatus, MinutesStatus } from "@/lib/generated/prisma/enums";

export const BODY_KINDS = ["GENERAL_ASSEMBLY", "BOARD", "BUREAU", "COMMISSION"] as const satisfies readonly BodyKind[];
export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  GENERAL_ASSEMBLY: "Assemblée générale",
  BOARD: "Conseil d'administration",
  BUREAU: "Bureau",
  COMMISSION: "Commission",
};

export const MANDATE_POSITIONS = ["PRESIDENT", "VICE_PRESIDENT", "TREASURER", "SECRETARY", "MEMBER"] as const satisfies readonly MandatePosition[];
export const MANDATE_POSITION_LABELS: Record<MandatePosition, string> = {
  PRESIDENT: "Président·e",
  VICE_PRESIDENT: "Vice-président·e",
  TREASURER: "Trésorier·ère",
  SECRETARY: "Secrétaire",
  MEMBER: "Membre",
};
/** Positions held by one person at a time in a body (any number of plain members). */
export const SINGLE_POSITIONS = ["PRESIDENT", "VICE_PRESIDENT", "TREASURER", "SECRETARY"] as const satisfies readonly MandatePosition[];

export const MEETING_STATUSES = ["PLANNED", "CONVENED", "HELD", "CANCELLED"] as const satisfies readonly MeetingStatus[];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  PLANNED: "En préparation",
  CONVENED: "Convoquée",
  HELD: "Tenue",
  CANCELLED: "Annulée",
};

export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = {
  NONE: "Pas de compte rendu",
  DRAFT: "Compte rendu en projet",
  APPROVED: "Compte rendu approuvé",
  PUBLISHED: "Compte rendu publié",
};

export const ATTENDANCE_STATUSES = ["PRESENT", "REPRESENTED", "EXCUSED", "ABSENT"] as const satisfies readonly AttendanceStatus[];
export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: "Présent·e",
  REPRESENTED: "Représenté·e (pouvoir)",
  EXCUSED: "Excusé·e",
  ABSENT: "Absent·e",
};

export const DECISION_OUTCOME_LABELS: Record<DecisionOutcome, string> = { ADOPTED: "Adoptée", REJECTED: "Rejetée" };
