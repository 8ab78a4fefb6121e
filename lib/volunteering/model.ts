/**
 * Volunteering, pure (no database): missions', sign-ups' and hours' states with their French labels.
 */
import type { HoursStatus, MissionStatus, SignupStatus } from "@/lib/generated/prisma/enums";

export const MISSION_STATUS_LABELS: Record<MissionStatus, string> = { OPEN: "Ouverte", CANCELLED: "Annulée" };

export const SIGNUP_STATUS_LABELS: Record<SignupStatus, string> = {
  CONFIRMED: "Inscrit·e",
  WAITLISTED: "Sur liste d'attente",
  WITHDRAWN: "Désinscrit·e",
};

export const HOURS_STATUS_LABELS: Record<HoursStatus, string> = {
  SUBMITTED: "À valider",
  VALIDATED: "Validées",
  REFUSED: "Refusées",
};
