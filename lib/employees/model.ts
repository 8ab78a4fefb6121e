/**
 * Teams and employees' records (staff only, DOMAIN.md "privacy walls"): contract types, absence
 * kinds, their labels, the limits of the fields and the words of the rules. Pure: safe to import
 * from client forms and tests.
 */
import type { AbsenceKind, EmploymentContractType } from "@/lib/generated/prisma/enums";

export const CONTRACT_TYPES = ["CDDI", "CDI", "CDD", "APPRENTICESHIP", "OTHER"] as const satisfies readonly EmploymentContractType[];

export const CONTRACT_TYPE_LABELS: Record<EmploymentContractType, string> = {
  CDDI: "CDDI (insertion)",
  CDI: "CDI",
  CDD: "CDD",
  APPRENTICESHIP: "Apprentissage",
  OTHER: "Autre",
};

export const ABSENCE_KINDS = ["LEAVE", "SICKNESS", "TRAINING", "OTHER"] as const satisfies readonly AbsenceKind[];

export const ABSENCE_KIND_LABELS: Record<AbsenceKind, string> = {
  LEAVE: "Congés",
  SICKNESS: "Arrêt maladie",
  TRAINING: "Formation",
  OTHER: "Autre absence",
};

export const contractTypeOptions = CONTRACT_TYPES.map((value) => ({ value, label: CONTRACT_TYPE_LABELS[value] }));
export const absenceKindOptions = ABSENCE_KINDS.map((value) => ({ value, label: ABSENCE_KIND_LABELS[value] }));

export const TEAM_NAME_MAX = 80;
export const TEAM_DESCRIPTION_MAX = 500;
export const EMPLOYEE_NAME_MAX = 120;
export const PHONE_MAX = 30;
/** A legal working week in France is at most 48 hours. */
export const WEEKLY_HOURS_MAX = 48;
export const SKILL_MAX = 30;
export const SKILLS_MAX = 15;
export const ABSENCE_NOTE_MAX = 500;

/**
 * Skills as staff type them ("débroussaillage, peinture, Peinture"): short words, trimmed, in
 * lower case, each once, in the order given.
 */
export function parseSkills(text: string): string[] {
  const skills = text
    .split(/[,;\n]/)
    .map((skill) => skill.trim().replace(/\s+/g, " ").toLocaleLowerCase("fr-FR"))
    .filter(Boolean);
  return [...new Set(skills)];
}

// ─── The words of the rules (refusals shown to staff) ─────────────────────────────────────────

export const TEAM_NOT_FOUND = "Équipe introuvable.";
export const EMPLOYEE_NOT_FOUND = "Salarié introuvable.";
export const ABSENCE_NOT_FOUND = "Absence introuvable : elle a peut-être déjà été supprimée.";
export const TEAM_CONFLICT = "Cette équipe a été modifiée entre-temps par quelqu'un d'autre. Rechargez la page pour voir sa version actuelle.";
export const EMPLOYEE_CONFLICT = "Cette fiche a été modifiée entre-temps par quelqu'un d'autre. Rechargez la page pour voir sa version actuelle.";
export const DUPLICATE_TEAM_NAME = "Une équipe porte déjà ce nom.";
export const END_BEFORE_START = "La date de fin ne peut pas précéder la date de début.";
export const UNKNOWN_TEAM = "Cette équipe n'existe pas ou est archivée.";
export const ARCHIVED_EMPLOYEE = "Cette fiche est archivée : restaurez-la d'abord.";
export const ACCOUNT_NOT_FOUND = "Aucun compte actif n'a cette adresse e-mail.";
export const ACCOUNT_ALREADY_LINKED = "Ce compte est déjà lié à un autre salarié : un compte ne peut être lié qu'à une seule fiche.";
export const EMPLOYEE_ALREADY_LINKED = "Cette fiche est déjà liée à un compte : retirez d'abord ce lien.";
export const EMPLOYEE_NOT_LINKED = "Cette fiche n'est liée à aucun compte.";
export const ABSENCES_OVERLAP = "Cette absence chevauche une absence déjà enregistrée pour ce salarié.";

export function teamHasMembers(count: number): string {
  return `Cette équipe compte encore ${count} salarié${count > 1 ? "s" : ""} actif${count > 1 ? "s" : ""} : changez-les d'équipe avant de l'archiver.`;
}
