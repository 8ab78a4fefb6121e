/**
 * Every role rule of the portal lives in this table. Pages, queries and actions ask `can()` or
 * `authorize()`; nothing else decides who may do what.
 */
import type { MandatePosition, Role } from "@/lib/generated/prisma/enums";
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
  // Membership (adhésions). A person joins online in their own name (organisations join through
  // staff, with their representative); their memberships and receipts are theirs only (ownership
  // in lib/membership, in the `where`). Staff record paper forms and payments and keep the fee
  // table; the register, its export and figures are read by staff and the board.
  "membership:join": REPORTERS,
  "membership:view-own": "signed-in",
  "membership:manage": ["STAFF"],
  "membership:register": ["STAFF", "BOARD_MEMBER"],
  // Governance. The board space (meetings, agendas, minutes not yet published, mandates, the
  // dashboard) is the board's, staff's and the admin's. The bodies and the statutes' settings are
  // the admin's. Mandates: the admin, or the board member who holds the secretary's position;
  // meetings (convene, attendance, decisions, minutes): staff, the admin, or that secretary. The
  // position is a mandate, not a role: `holdsSecretariat` below says who, from the positions
  // lib/governance reads for the caller.
  "governance:view": ["BOARD_MEMBER", "STAFF", "ADMIN"],
  "governance:manage-settings": ["ADMIN"],
  "governance:manage-mandates": ["ADMIN", "BOARD_MEMBER"],
  "governance:manage-meetings": ["STAFF", "ADMIN", "BOARD_MEMBER"],
  // Volunteering. Anyone who may report may become a volunteer (a profile grants the role); a
  // volunteer signs up for missions and enters their own hours; staff post missions, enter and
  // validate hours (never the volunteer: their own hours are validated by someone else).
  "volunteering:join": REPORTERS,
  "volunteering:take-part": ["VOLUNTEER"],
  "volunteering:manage": ["STAFF"],
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
export function canActForPartner(actor: Pick<Actor, "roles" | "partnerIds"> | null, partnerId: string): boolean {
  return !!actor && can(actor, "partner-space:view") && actor.partnerIds.includes(partnerId);
}

/**
 * Mandates and meetings are kept, beyond the admin (and staff, for meetings), by the board member
 * who holds the secretary's position on an active mandate: `positions` are the caller's active
 * mandates' positions, read by lib/governance. A role alone is not enough.
 */
export function holdsSecretariat(actor: Actor | null, permission: "governance:manage-mandates" | "governance:manage-meetings", positions: readonly MandatePosition[]): boolean {
  if (!actor || !can(actor, permission)) return false;
  const asOffice: readonly Role[] = permission === "governance:manage-mandates" ? ["ADMIN"] : ["ADMIN", "STAFF"];
  if (actor.roles.some((role) => asOffice.includes(role))) return true;
  return positions.includes("SECRETARY");
}

/** The spaces a person's roles open, in navigation order. */
export const SPACES = [
  { href: routes.mine.home, label: "Mon espace", permission: "account:manage-own" },
  { href: routes.staff.home, label: "Gestion", permission: "backoffice:view" },
  { href: routes.governance.home, label: "Gouvernance", permission: "governance:view" },
  { href: routes.employee.home, label: "Mes interventions", permission: "work-orders:work" },
  { href: routes.partner.home, label: "Espace partenaire", permission: "partner-space:view" },
  { href: routes.admin.home, label: "Administration", permission: "people:view" },
] as const satisfies readonly { href: string; label: string; permission: Permission }[];

export function spacesFor(actor: Actor | null) {
  return SPACES.filter((space) => can(actor, space.permission));
}
