import "server-only";
import { db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/authz/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { College, MemberKind, MembershipStatus } from "@/lib/generated/prisma/enums";
import { formatReceiptNumber } from "@/lib/membership/model";
import { lapsedWhere } from "@/lib/membership/renewals";
import { membershipScope } from "@/lib/membership/scopes";

/**
 * The register of memberships (one row per member and year), read by staff in Gestion and by the
 * board in its space (`membership:register`): filtered and paginated in SQL, scoped by the caller.
 * The CSV export reads the same filter, so the file is what the page shows.
 */

export const REGISTER_PAGE_SIZE = 25;
/** The export's cap: a Régie has a few hundred members a year; more is a mistake, not a register. */
export const REGISTER_EXPORT_MAX = 10_000;

export type RegisterFilter = {
  year?: number;
  college?: College;
  status?: MembershipStatus;
  kind?: MemberKind;
  /** Renewals due: last year's active memberships whose member has none this year (`year` is then ignored). */
  renewalDue?: boolean;
  search?: string;
};

export function registerWhere(actor: Actor, filter: RegisterFilter, currentYear: number): Prisma.MembershipWhereInput {
  const and: Prisma.MembershipWhereInput[] = [membershipScope(actor, "staff").where];
  if (filter.renewalDue) and.push(lapsedWhere(currentYear));
  else if (filter.year) and.push({ year: filter.year });
  if (filter.college) and.push({ college: filter.college });
  if (filter.status) and.push({ status: filter.status });
  if (filter.kind) and.push({ member: { kind: filter.kind } });
  if (filter.search) {
    const text = { contains: filter.search, mode: "insensitive" as const };
    and.push({ member: { OR: [{ name: text }, { email: text }, { representativeName: text }, { user: { email: text } }] } });
  }
  return { AND: and };
}

const rowSelect = {
  id: true,
  year: true,
  college: true,
  status: true,
  source: true,
  feeCents: true,
  member: { select: { id: true, kind: true, name: true, representativeName: true, email: true, phone: true, user: { select: { email: true } } } },
  payment: { select: { id: true, amountCents: true, method: true, paidOn: true, receiptYear: true, receiptNumber: true } },
} as const satisfies Prisma.MembershipSelect;

type Row = Prisma.MembershipGetPayload<{ select: typeof rowSelect }>;

function toRegisterRow(row: Row) {
  return {
    id: row.id,
    year: row.year,
    college: row.college,
    status: row.status,
    source: row.source,
    feeCents: row.feeCents,
    memberId: row.member.id,
    kind: row.member.kind,
    name: row.member.name,
    representativeName: row.member.representativeName,
    email: row.member.email ?? row.member.user?.email ?? null,
    phone: row.member.phone,
    payment: row.payment
      ? { id: row.payment.id, amountCents: row.payment.amountCents, method: row.payment.method, paidOn: row.payment.paidOn, receipt: formatReceiptNumber(row.payment.receiptYear, row.payment.receiptNumber) }
      : null,
  };
}
export type RegisterRow = ReturnType<typeof toRegisterRow>;

const ORDER: Prisma.MembershipOrderByWithRelationInput[] = [{ year: "desc" }, { member: { name: "asc" } }, { id: "asc" }];

/** One page of the register, newest year first then by name, with how many rows match (2 queries). */
export async function listRegister(actor: Actor | null, filter: RegisterFilter & { page: number }, currentYear: number) {
  authorize(actor, "membership:register");
  const where = registerWhere(actor, filter, currentYear);
  const [rows, total] = await Promise.all([
    db.membership.findMany({ where, select: rowSelect, orderBy: ORDER, skip: (filter.page - 1) * REGISTER_PAGE_SIZE, take: REGISTER_PAGE_SIZE }),
    db.membership.count({ where }),
  ]);
  return { rows: rows.map(toRegisterRow), total, page: filter.page, pageSize: REGISTER_PAGE_SIZE };
}

/** Every row of the filtered register, for its CSV (capped at REGISTER_EXPORT_MAX). */
export async function exportRegister(actor: Actor | null, filter: RegisterFilter, currentYear: number): Promise<RegisterRow[]> {
  authorize(actor, "membership:register");
  const rows = await db.membership.findMany({ where: registerWhere(actor, filter, currentYear), select: rowSelect, orderBy: ORDER, take: REGISTER_EXPORT_MAX });
  return rows.map(toRegisterRow);
}
