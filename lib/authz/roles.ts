import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = [
  "RESIDENT",
  "MEMBER",
  "VOLUNTEER",
  "EMPLOYEE",
  "STAFF",
  "PARTNER",
  "BOARD_MEMBER",
  "ADMIN",
] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  RESIDENT: "Habitant",
  MEMBER: "Adhérent",
  VOLUNTEER: "Bénévole",
  EMPLOYEE: "Salarié",
  STAFF: "Équipe de la Régie",
  PARTNER: "Partenaire",
  BOARD_MEMBER: "Administrateur de l'association",
  ADMIN: "Administrateur du portail",
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
