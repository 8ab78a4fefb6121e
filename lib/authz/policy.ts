/**
 * Every role rule of the portal lives in this table. Pages, queries and actions ask `can()` or
 * `authorize()`; nothing else decides who may do what.
 */
import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError, UnauthenticatedError } from "@/lib/core/errors";
import { isRole } from "@/lib/authz/roles";
import { routes } from "@/lib/routes";

/** Who is calling, as re-read from the database on this request. */
export type Actor = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  /** Partners this person acts for (from their PARTNER grants). */
  partnerIds: string[];
};

/** People who live or work in the neighbourhood and may report a problem in their own name. */
const REPORTERS = ["RESIDENT", "MEMBER", "VOLUNTEER", "EMPLOYEE", "BOARD_MEMBER", "STAFF"] as const satisfies readonly Role[];

/** "signed-in": any active account, whatever its roles (own profile, own data). */
type Audience = readonly Role[] | "signed-in";

export const PERMISSIONS = {
  "account:manage-own": "signed-in",
  // A person's own notifications (list, mark read). Ownership is in lib/notifications, in the `where`.
  "notifications:manage-own": "signed-in",
  "backoffice:view": ["STAFF", "ADMIN"],
  "territory:view": ["STAFF", "ADMIN"],
  "partners:view": ["STAFF", "ADMIN"],
  "partner-space:view": ["PARTNER"],
  "people:view": ["ADMIN"],
  "roles:grant": ["ADMIN"],
  "roles:revoke": ["ADMIN"],
  "accounts:disable": ["ADMIN"],
  "audit:view": ["ADMIN"],
  // Sign-ins, failures, lockouts, sessions ended, passwords changed: who tried what, from where.
  "security-log:view": ["ADMIN"],
  // Neighbourhood reports. Ownership (own reports only) is enforced in lib/reports, in the `where`.
  "reports:create": REPORTERS,
  "reports:view-own": REPORTERS,
  "reports:support": REPORTERS,
  "reports:respond-to-resolution": REPORTERS,
  "reports:create-on-behalf": ["STAFF"],
  "reports:view-all": ["STAFF"],
  // Staff triage: acknowledge, route, resolve, reject, moderate, figures and export.
  "reports:triage": ["STAFF"],
  // A partner's reports: it handles those routed to it, and reads only the public ones on its sites.
  // The scopes are in lib/authz/scopes.ts ("partner", "partner-site").
  "reports:partner-view": ["PARTNER"],
  "reports:partner-handle": ["PARTNER"],
  // The report catalog. Categories: staff, and the portal administrator (who keeps the portal's
  // lists and settings). Response templates are triage tools: staff only, like triage.
  "reports:manage-categories": ["STAFF", "ADMIN"],
  "reports:manage-templates": ["STAFF"],
  // Partners and the territory: staff keep them (the reads above stay open to the admin).
  "partners:manage": ["STAFF"],
  "territory:manage": ["STAFF"],
  // Service contracts, their lines, documents and schedules.
  "contracts:view": ["STAFF"],
  "contracts:manage": ["STAFF"],
  // Work orders: create, generate, plan, assign, cancel; the work figures.
  "work-orders:manage": ["STAFF"],
  "work-orders:figures": ["STAFF"],
  // Teams and employees' records (contract, hours, skills, absences): staff only, never partners
  // nor the board (DOMAIN.md, privacy walls).
  "employees:view": ["STAFF"],
  "employees:manage": ["STAFF"],
  // The employee's phone: their own jobs (assigned to them or their team; the scope is in
  // lib/work-orders/scopes.ts), start, finish, time, photos, "problème constaté".
  "work-orders:work": ["EMPLOYEE"],
  // A partner's contracts, jobs and statements, its own only (scope in the `where`): read,
  // validate or send back done work, order a one-off job under one of its contract lines.
  "partner-work:view": ["PARTNER"],
  "partner-work:validate": ["PARTNER"],
  "partner-work:order": ["PARTNER"],
} as const satisfies Record<string, Audience>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

/** Roles that are not in the table (a stale token, a tampered value) open nothing. */
export function can(actor: Pick<Actor, "roles"> | null, permission: Permission): boolean {
  if (!actor) return false;
  const audience: Audience = PERMISSIONS[permission];
  if (audience === "signed-in") return true;
  return actor.roles.some((role) => isRole(role) && audience.includes(role));
}

export function authorize(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, permission)) throw new ForbiddenError();
}

/** A partner user may act only for the partners their grants name. */
export function canActForPartner(actor: Actor | null, partnerId: string): boolean {
  return !!actor && can(actor, "partner-space:view") && actor.partnerIds.includes(partnerId);
}

/** The spaces a person's roles open, in navigation order. */
export const SPACES = [
  { href: routes.mine.home, label: "Mon espace", permission: "account:manage-own" },
  { href: routes.staff.home, label: "Gestion", permission: "backoffice:view" },
  { href: routes.employee.home, label: "Mes interventions", permission: "work-orders:work" },
  { href: routes.partner.home, label: "Espace partenaire", permission: "partner-space:view" },
  { href: routes.admin.home, label: "Administration", permission: "people:view" },
] as const satisfies readonly { href: string; label: string; permission: Permission }[];

export function spacesFor(actor: Actor | null) {
  return SPACES.filter((space) => can(actor, space.permission));
}
