import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/passwords";
import type { PartnerKind, Role, UserStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/authz/policy";

/** Test data built through Prisma, with real Argon2 hashes (one per distinct password, cached). */

export const TEST_PASSWORD = "mot-de-passe-de-test-2026";

const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string) {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

let sequence = 0;
const next = () => ++sequence;

export type TestUser = {
  id: string;
  email: string;
  name: string;
  password: string;
  roles: Role[];
  partnerId: string | null;
};

/** The actor a query takes (lib/authz/scopes.ts reads its id and partners), for a test user. */
/**
 * The Actor a test user is when a service is called directly (what the session would give). Reads
 * scoped by partner need only the id and the partner: the rest may be left out.
 */
export function actorOf(user: Pick<TestUser, "id" | "partnerId"> & Partial<Pick<TestUser, "name" | "email" | "roles">>): Actor {
  return { id: user.id, name: user.name ?? "", email: user.email ?? "", roles: user.roles ?? [], partnerIds: user.partnerId ? [user.partnerId] : [] };
}

export async function createPartner(options: { name?: string; kind?: PartnerKind } = {}) {
  const n = next();
  return db.partner.create({
    data: { name: options.name ?? `Bailleur de test ${n}`, kind: options.kind ?? "SOCIAL_LANDLORD" },
    select: { id: true, name: true },
  });
}

/**
 * A person with active grants for `roles` (RESIDENT by default). A PARTNER grant acts for
 * `partnerId`, or for a new partner when none is given.
 */
export async function createUser(
  options: {
    name?: string;
    email?: string;
    password?: string;
    roles?: Role[];
    partnerId?: string;
    status?: UserStatus;
    phone?: string;
    entranceId?: string;
    /** Verified unless false: only verified addresses get mails and are given to partners. */
    emailVerified?: boolean;
  } = {},
): Promise<TestUser> {
  const n = next();
  const roles = options.roles ?? ["RESIDENT"];
  const password = options.password ?? TEST_PASSWORD;
  const partnerId = roles.includes("PARTNER") ? (options.partnerId ?? (await createPartner()).id) : null;
  const user = await db.user.create({
    data: {
      email: options.email ?? `personne-${n}@exemple.test`,
      name: options.name ?? `Personne ${n}`,
      phone: options.phone ?? null,
      entranceId: options.entranceId ?? null,
      status: options.status ?? "ACTIVE",
      passwordHash: await cachedHash(password),
      privacyConsentAt: new Date(),
      emailVerifiedAt: options.emailVerified === false ? null : new Date(),
      roleGrants: {
        create: roles.map((role) => ({ role, partnerId: role === "PARTNER" ? partnerId : null })),
      },
    },
    select: { id: true, email: true, name: true },
  });
  return { ...user, password, roles, partnerId };
}

/** One area, site, building and entrance; the site belongs to `ownerPartnerId` when given. */
export async function createTerritory(options: { ownerPartnerId?: string; siteName?: string } = {}) {
  const n = next();
  const area = await db.area.create({ data: { name: `Quartier ${n}` }, select: { id: true, name: true } });
  const site = await db.site.create({
    data: {
      areaId: area.id,
      name: options.siteName ?? `Résidence ${n}`,
      kind: "RESIDENCE",
      address: `${n} rue des Tests`,
      ownerPartnerId: options.ownerPartnerId ?? null,
    },
    select: { id: true, name: true },
  });
  const building = await db.building.create({
    data: { siteId: site.id, name: `Bâtiment ${n}`, address: `${n} rue des Tests` },
    select: { id: true, name: true },
  });
  const entrance = await db.entrance.create({
    data: { buildingId: building.id, name: "Entrée 1" },
    select: { id: true, name: true },
  });
  return { area, site, building, entrance };
}

export async function auditRows(filter: { action?: string; entityId?: string } = {}) {
  return db.auditLog.findMany({ where: filter, orderBy: { id: "asc" } });
}
