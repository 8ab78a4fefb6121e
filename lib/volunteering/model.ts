/**
 * Volunteering, pure (no database): missions', sign-ups' and hours' states with their French labels.
 */
import { defineMoves } from "@/lib/core/moves";
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

/** Who changes a mission or hours on the kernel: staff move them; a volunteer only corrects their own submitted hours (never a move: they never validate). */
export type VolunteeringActorKind = "staff" | "volunteer";

export const missionMoves = defineMoves<MissionStatus, VolunteeringActorKind>()({
  cancel: { from: ["OPEN"], to: "CANCELLED", by: ["staff"], sets: ["cancelledAt"] },
});

export const hoursMoves = defineMoves<HoursStatus, VolunteeringActorKind>()({
  validate: { from: ["SUBMITTED"], to: "VALIDATED", by: ["staff"], sets: ["reviewedAt"] },
  refuse: { from: ["SUBMITTED"], to: "REFUSED", by: ["staff"], sets: ["reviewedAt"] },
});
export type HoursMove = keyof typeof hoursMoves;

/** The skills the profile form offers as boxes to tick; anything else is written in the free field. */
export const VOLUNTEER_SKILLS = [
  "Animation",
  "Jardinage",
  "Accompagnement scolaire",
  "Bricolage",
  "Cuisine",
  "Informatique",
  "Traduction",
  "Aide administrative",
  "Conduite (permis B)",
] as const;

export const SKILL_MAX = 60;
export const SKILLS_MAX_COUNT = 20;
export const AVAILABILITY_MAX = 500;
export const ACTIVITY_NAME_MAX = 80;
export const MISSION_TITLE_MAX = 150;
export const MISSION_DESCRIPTION_MAX = 2000;
export const MISSION_PLACE_MAX = 200;
export const MISSION_PLACES_MAX = 500;
export const HOURS_NOTE_MAX = 500;
export const REASON_MAX = 500;
/** One day's time at most: 24 h. */
export const MAX_MINUTES_PER_DAY = 1440;
/** Reminders sent by one run of the daily job at most (the rest go on the next run). */
export const REMINDER_BATCH = 200;

/**
 * The skills a profile keeps: the ticked ones and those written in the free field (separated by
 * commas or semicolons), trimmed, without duplicates (case and accents aside), in order.
 */
export function mergeSkills(ticked: readonly string[], written: string | null): string[] {
  const all = [...ticked, ...(written ?? "").split(/[,;\n]/)].map((s) => s.trim().replace(/\s+/g, " ")).filter(Boolean);
  const seen = new Set<string>();
  return all.filter((skill) => {
    const key = skill.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The value of time given in the annual accounts, in cents: hours × hourly rate, rounded to the cent. */
export function hoursValueCents(minutes: number, hourlyRateCents: number): number {
  return Math.round((minutes * hourlyRateCents) / 60);
}

/** A place left on a mission, or its waiting list: what signing up now would give. */
export function signupStatusFor(confirmed: number, places: number): "CONFIRMED" | "WAITLISTED" {
  return confirmed < places ? "CONFIRMED" : "WAITLISTED";
}

const parisWall = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "09:30": the Paris time of an instant, as <input type="time"> shows it. */
export function parisTimeOf(instant: Date): string {
  return parisWall.format(instant);
}
