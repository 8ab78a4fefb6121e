import { describe, expect, it } from "vitest";
import {
  PERMISSIONS,
  SPACES,
  authorize,
  can,
  canActForPartner,
  holdsSecretariat,
  isPermission,
  spacesFor,
  type Actor,
  type Permission,
} from "@/lib/authz/policy";
import { ROLES, ROLE_LABELS, isRole } from "@/lib/authz/roles";
import { ForbiddenError, UnauthenticatedError } from "@/lib/core/errors";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The expected matrix, written out by hand: a change to lib/authz/policy.ts must change this
 * table too. ✓ = allowed. Every active account may manage its own account, whatever its roles.
 */
const ____ = false;
const YES_ = true;
// prettier-ignore
const EXPECTED: Record<Permission, Record<Role | "NO_ROLE", boolean>> = {
  //                      RESIDENT MEMBER VOLUNTEER EMPLOYEE STAFF  PARTNER BOARD_MEMBER ADMIN  NO_ROLE
  "account:manage-own": { RESIDENT: YES_, MEMBER: YES_, VOLUNTEER: YES_, EMPLOYEE: YES_, STAFF: YES_, PARTNER: YES_, BOARD_MEMBER: YES_, ADMIN: YES_, NO_ROLE: YES_ },
  "notifications:manage-own": { RESIDENT: YES_, MEMBER: YES_, VOLUNTEER: YES_, EMPLOYEE: YES_, STAFF: YES_, PARTNER: YES_, BOARD_MEMBER: YES_, ADMIN: YES_, NO_ROLE: YES_ },
  "backoffice:view":    { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: YES_, NO_ROLE: ____ },
  "territory:view":     { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: YES_, NO_ROLE: ____ },
  "partners:view":      { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: YES_, NO_ROLE: ____ },
  "partner-space:view": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: YES_, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "people:view":        { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: YES_, NO_ROLE: ____ },
  "roles:grant":        { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: YES_, NO_ROLE: ____ },
  "roles:revoke":       { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: YES_, NO_ROLE: ____ },
  "accounts:disable":   { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: YES_, NO_ROLE: ____ },
  "audit:view":         { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: YES_, NO_ROLE: ____ },
  "security-log:view":  { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: YES_, NO_ROLE: ____ },
  // Reports: anyone living or working in the neighbourhood reports in their own name; partners and the
  // portal administrator do not. Ownership (own reports only) is checked in lib/reports, not here.
  "reports:create":     { RESIDENT: YES_, MEMBER: YES_, VOLUNTEER: YES_, EMPLOYEE: YES_, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: YES_, ADMIN: ____, NO_ROLE: ____ },
  "reports:view-own":   { RESIDENT: YES_, MEMBER: YES_, VOLUNTEER: YES_, EMPLOYEE: YES_, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: YES_, ADMIN: ____, NO_ROLE: ____ },
  "reports:support":    { RESIDENT: YES_, MEMBER: YES_, VOLUNTEER: YES_, EMPLOYEE: YES_, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: YES_, ADMIN: ____, NO_ROLE: ____ },
  "reports:respond-to-resolution": { RESIDENT: YES_, MEMBER: YES_, VOLUNTEER: YES_, EMPLOYEE: YES_, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: YES_, ADMIN: ____, NO_ROLE: ____ },
  "reports:create-on-behalf": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "reports:view-all":   { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "reports:triage":     { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "reports:partner-view": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: YES_, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "reports:partner-handle": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: YES_, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  // The report catalog: categories for staff and the portal administrator, templates for staff only.
  "reports:manage-categories": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: YES_, NO_ROLE: ____ },
  "reports:manage-templates": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  // The Régie's work: staff keep partners, territory, contracts, jobs and employees' records;
  // employees their own jobs; partners their own contracts and jobs. Never the board.
  "partners:manage": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "territory:manage": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "contracts:view": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "contracts:manage": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "work-orders:manage": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "work-orders:figures": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "employees:view": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "employees:manage": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "work-orders:work": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: YES_, STAFF: ____, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "partner-work:view": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: YES_, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "partner-work:validate": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: YES_, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "partner-work:order": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: YES_, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  // Issue 12: membership, governance (the secretary's position is checked by holdsSecretariat, below), volunteering.
  "membership:join": { RESIDENT: YES_, MEMBER: YES_, VOLUNTEER: YES_, EMPLOYEE: YES_, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: YES_, ADMIN: ____, NO_ROLE: ____ },
  "membership:view-own": { RESIDENT: YES_, MEMBER: YES_, VOLUNTEER: YES_, EMPLOYEE: YES_, STAFF: YES_, PARTNER: YES_, BOARD_MEMBER: YES_, ADMIN: YES_, NO_ROLE: YES_ },
  "membership:manage": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "membership:register": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: YES_, ADMIN: ____, NO_ROLE: ____ },
  "governance:view": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: YES_, ADMIN: YES_, NO_ROLE: ____ },
  "governance:manage-settings": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: YES_, NO_ROLE: ____ },
  "governance:manage-mandates": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: ____, PARTNER: ____, BOARD_MEMBER: YES_, ADMIN: YES_, NO_ROLE: ____ },
  "governance:manage-meetings": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: YES_, ADMIN: YES_, NO_ROLE: ____ },
  "volunteering:join": { RESIDENT: YES_, MEMBER: YES_, VOLUNTEER: YES_, EMPLOYEE: YES_, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: YES_, ADMIN: ____, NO_ROLE: ____ },
  "volunteering:take-part": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: YES_, EMPLOYEE: ____, STAFF: ____, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
  "volunteering:manage": { RESIDENT: ____, MEMBER: ____, VOLUNTEER: ____, EMPLOYEE: ____, STAFF: YES_, PARTNER: ____, BOARD_MEMBER: ____, ADMIN: ____, NO_ROLE: ____ },
};

const actor = (roles: string[], partnerIds: string[] = []): Actor => ({
  id: "user-1",
  name: "Personne",
  email: "personne@exemple.test",
  roles: roles as Role[],
  partnerIds,
});

const cells = (Object.keys(EXPECTED) as Permission[]).flatMap((permission) =>
  (Object.keys(EXPECTED[permission]) as (Role | "NO_ROLE")[]).map((role) => [permission, role, EXPECTED[permission][role]] as const),
);

describe("the permission table", () => {
  it("has exactly the permissions of the expected matrix", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("has a column for every role", () => {
    for (const permission of Object.keys(EXPECTED) as Permission[]) {
      expect(Object.keys(EXPECTED[permission]).sort()).toEqual([...ROLES, "NO_ROLE"].sort());
    }
  });

  it.each(cells)("%s for %s: %s", (permission, role, allowed) => {
    const subject = actor(role === "NO_ROLE" ? [] : [role]);
    expect(can(subject, permission)).toBe(allowed);
    if (allowed) expect(() => authorize(subject, permission)).not.toThrow();
    else expect(() => authorize(subject, permission)).toThrow(ForbiddenError);
  });

  it.each(Object.keys(EXPECTED) as Permission[])("%s is refused to an anonymous caller", (permission) => {
    expect(can(null, permission)).toBe(false);
    expect(() => authorize(null, permission)).toThrow(UnauthenticatedError);
    expect(() => authorize(null, permission)).toThrow("Veuillez vous connecter.");
  });

  it("adds up the rights of several roles", () => {
    const both = actor(["RESIDENT", "PARTNER", "STAFF"]);
    for (const permission of Object.keys(EXPECTED) as Permission[]) {
      const expected = EXPECTED[permission].RESIDENT || EXPECTED[permission].PARTNER || EXPECTED[permission].STAFF;
      expect(can(both, permission), permission).toBe(expected);
    }
  });

  it.each([["SUPERUSER"], ["admin"], ["Admin"], ["ADMIN "], [""], ["__proto__"], ["toString"]])(
    "gives an unknown role %j nothing beyond what a role-less account has",
    (role) => {
      for (const permission of Object.keys(EXPECTED) as Permission[]) {
        expect(can(actor([role]), permission), permission).toBe(EXPECTED[permission].NO_ROLE);
      }
      expect(() => authorize(actor([role]), "roles:grant")).toThrow("Accès refusé.");
    },
  );

  it("knows its permission names and nothing else", () => {
    expect(isPermission("roles:grant")).toBe(true);
    expect(isPermission("roles:everything")).toBe(false);
    expect(isPermission("toString")).toBe(false);
    expect(isPermission("__proto__")).toBe(false);
  });
});

describe("roles", () => {
  it("are the eight roles of the schema, each with a French label", () => {
    expect([...ROLES].sort()).toEqual(["ADMIN", "BOARD_MEMBER", "EMPLOYEE", "MEMBER", "PARTNER", "RESIDENT", "STAFF", "VOLUNTEER"]);
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
    expect(ROLE_LABELS.RESIDENT).toBe("Habitant");
  });

  it("isRole accepts only exact names", () => {
    expect(isRole("ADMIN")).toBe(true);
    expect(isRole("admin")).toBe(false);
    expect(isRole("SUPERUSER")).toBe(false);
  });
});

describe("canActForPartner", () => {
  it("lets a partner user act only for the partners their grants name", () => {
    expect(canActForPartner(actor(["PARTNER"], ["p1"]), "p1")).toBe(true);
    expect(canActForPartner(actor(["PARTNER"], ["p1"]), "p2")).toBe(false);
  });

  it("refuses without the PARTNER role, even with a partner id, and refuses anonymous callers", () => {
    expect(canActForPartner(actor(["STAFF"], ["p1"]), "p1")).toBe(false);
    expect(canActForPartner(actor(["ADMIN"], ["p1"]), "p1")).toBe(false);
    expect(canActForPartner(null, "p1")).toBe(false);
  });
});

describe("spacesFor", () => {
  const hrefs = (roles: string[] | null) => spacesFor(roles ? actor(roles) : null).map((s) => s.href);

  it("opens nothing to an anonymous visitor", () => {
    expect(hrefs(null)).toEqual([]);
  });

  it.each([
    [["RESIDENT"], ["/espace"]],
    [["MEMBER", "VOLUNTEER"], ["/espace"]],
    [["MEMBER", "VOLUNTEER", "BOARD_MEMBER"], ["/espace", "/gouvernance"]],
    [["EMPLOYEE"], ["/espace", "/interventions"]],
    [["STAFF"], ["/espace", "/gestion", "/gouvernance"]],
    [["PARTNER"], ["/espace", "/partenaire"]],
    [["ADMIN"], ["/espace", "/gestion", "/gouvernance", "/admin"]],
    [["RESIDENT", "PARTNER", "STAFF", "ADMIN"], ["/espace", "/gestion", "/gouvernance", "/partenaire", "/admin"]],
    [["SUPERUSER"], ["/espace"]],
  ])("opens to %j the spaces %j, in navigation order", (roles, expected) => {
    expect(hrefs(roles)).toEqual(expected);
  });

  it("labels every space in French", () => {
    expect(SPACES.map((s) => s.label)).toEqual(["Mon espace", "Gestion", "Gouvernance", "Mes interventions", "Espace partenaire", "Administration"]);
  });
});

describe("holdsSecretariat", () => {
  it("lets the admin keep mandates and meetings, and staff meetings only", () => {
    expect(holdsSecretariat(actor(["ADMIN"]), "governance:manage-mandates", [])).toBe(true);
    expect(holdsSecretariat(actor(["ADMIN"]), "governance:manage-meetings", [])).toBe(true);
    expect(holdsSecretariat(actor(["STAFF"]), "governance:manage-meetings", [])).toBe(true);
    expect(holdsSecretariat(actor(["STAFF"]), "governance:manage-mandates", ["SECRETARY"])).toBe(false);
  });

  it("lets a board member keep them only while holding the secretary's position", () => {
    expect(holdsSecretariat(actor(["BOARD_MEMBER"]), "governance:manage-mandates", ["SECRETARY"])).toBe(true);
    expect(holdsSecretariat(actor(["BOARD_MEMBER"]), "governance:manage-meetings", ["MEMBER", "SECRETARY"])).toBe(true);
    expect(holdsSecretariat(actor(["BOARD_MEMBER"]), "governance:manage-mandates", ["PRESIDENT", "TREASURER", "MEMBER"])).toBe(false);
    expect(holdsSecretariat(actor(["BOARD_MEMBER"]), "governance:manage-meetings", [])).toBe(false);
  });

  it("refuses the position without the role, and anonymous callers", () => {
    expect(holdsSecretariat(actor(["RESIDENT", "MEMBER"]), "governance:manage-mandates", ["SECRETARY"])).toBe(false);
    expect(holdsSecretariat(null, "governance:manage-meetings", ["SECRETARY"])).toBe(false);
  });
});
