import "server-only";
import { db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/authz/policy";
import { likeLiteral } from "@/lib/core/like";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerKind } from "@/lib/generated/prisma/enums";
import { invitationState, PARTNERS_PAGE_SIZE } from "@/lib/partners/model";

/**
 * What staff (and the portal administrator, who reads) see of the partners: the list, one
 * partner with its contacts, invitations, sites and contracts, the sub-types. Each read checks
 * the caller may see partners; archived partners stay readable here with their history.
 */

export type PartnerListFilter = {
  q?: string;
  kind?: PartnerKind;
  subtypeId?: string;
  /** "active" (the default), "archived", or "all". */
  state: "active" | "archived" | "all";
  page: number;
};

export async function listPartnersForStaff(actor: Actor, filter: PartnerListFilter) {
  authorize(actor, "partners:view");
  const where: Prisma.PartnerWhereInput = {
    ...(filter.q ? { name: { contains: likeLiteral(filter.q), mode: "insensitive" } } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.subtypeId ? { subtypeId: filter.subtypeId } : {}),
    ...(filter.state === "active" ? { archivedAt: null } : filter.state === "archived" ? { archivedAt: { not: null } } : {}),
  };
  const [total, partners] = await Promise.all([
    db.partner.count({ where }),
    db.partner.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * PARTNERS_PAGE_SIZE,
      take: PARTNERS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        kind: true,
        archivedAt: true,
        subtype: { select: { name: true } },
        _count: { select: { sites: true, contacts: { where: { archivedAt: null } }, contracts: true } },
      },
    }),
  ]);
  return {
    total,
    pageSize: PARTNERS_PAGE_SIZE,
    partners: partners.map(({ _count, ...p }) => ({ ...p, siteCount: _count.sites, contactCount: _count.contacts, contractCount: _count.contracts })),
  };
}

export type StaffPartnerRow = Awaited<ReturnType<typeof listPartnersForStaff>>["partners"][number];

/** One partner as staff edit it: its fields, contacts (archived last), invitations, sites, contracts. */
export async function getPartnerForStaff(actor: Actor, partnerId: string, now = new Date()) {
  authorize(actor, "partners:view");
  const partner = await db.partner.findUnique({
    where: { id: partnerId },
    select: {
      id: true,
      name: true,
      kind: true,
      subtypeId: true,
      subtype: { select: { name: true } },
      description: true,
      website: true,
      email: true,
      phone: true,
      address: true,
      archivedAt: true,
      version: true,
      contacts: {
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true, jobTitle: true, phone: true, email: true, archivedAt: true, version: true, userId: true },
      },
      invitations: {
        orderBy: { createdAt: "desc" },
        take: 20,
        select: { id: true, contactId: true, email: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true, invitedBy: { select: { name: true } } },
      },
      sites: { orderBy: { name: "asc" }, select: { id: true, name: true, address: true, archivedAt: true, area: { select: { name: true } } } },
      _count: { select: { contracts: true } },
    },
  });
  if (!partner) return null;
  const { _count, invitations, contacts, ...rest } = partner;
  const withState = invitations.map((i) => ({ ...i, state: invitationState(i, now) }));
  return {
    ...rest,
    contractCount: _count.contracts,
    invitations: withState,
    contacts: [...contacts.filter((c) => !c.archivedAt), ...contacts.filter((c) => c.archivedAt)].map(({ userId, ...c }) => ({
      ...c,
      hasAccount: userId !== null,
      pendingInvitation: withState.some((i) => i.contactId === c.id && i.state === "pending"),
    })),
  };
}

export type StaffPartner = NonNullable<Awaited<ReturnType<typeof getPartnerForStaff>>>;

/** One contact, to edit it on its own page. */
export async function getPartnerContactForStaff(actor: Actor, partnerId: string, contactId: string) {
  authorize(actor, "partners:view");
  return db.partnerContact.findFirst({
    where: { id: contactId, partnerId },
    select: {
      id: true,
      name: true,
      jobTitle: true,
      phone: true,
      email: true,
      archivedAt: true,
      version: true,
      user: { select: { name: true, email: true } },
      partner: { select: { id: true, name: true, archivedAt: true } },
    },
  });
}

/** Every sub-type, offered or not, with how many partners use it. */
export async function listSubtypesForStaff(actor: Actor) {
  authorize(actor, "partners:view");
  const rows = await db.partnerSubtype.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, active: true, _count: { select: { partners: true } } },
  });
  return rows.map(({ _count, ...s }) => ({ ...s, partnerCount: _count.partners }));
}

/** The sub-types a partner form offers: the active ones, and the one the partner has now even if no longer offered. */
export async function listSubtypeOptions(currentId?: string | null) {
  return db.partnerSubtype.findMany({
    where: { OR: [{ active: true }, ...(currentId ? [{ id: currentId }] : [])] },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, active: true },
  });
}

/**
 * The partners offered wherever one is chosen anew (report routing, a partner role, a site's
 * owner): archived partners are left out.
 */
export async function listPartnerOptions() {
  return db.partner.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
