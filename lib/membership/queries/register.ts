import "server-only";
import { readCountedPage, readRows } from "@/lib/db";
import { authorize, type Actor } from "@/lib/authz/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { College, MemberKind, MembershipSource, MembershipStatus, PaymentMethod } from "@/lib/generated/prisma/enums";
import { toDay } from "@/lib/core/calendar";
import { formatReceiptNumber } from "@/lib/membership/model";

/**
 * The register of memberships (one row per member and year), read by staff in Gestion and by the
 * board in its space (`membership:register`): filtered and paginated in SQL. The CSV export reads
 * the same conditions, so the file is what the page shows.
 *
 * Raw SQL on purpose: Prisma 6's client engine compiles a findMany sorted through a relation and
 * its count anew on every request (most of this page's server time in the bench); here the page and
 * its count are one statement. Every caller allowed `membership:register` reads every membership
 * (membershipScope's "staff" kind, no condition). The renewal rule is lapsedWhere's
 * (lib/membership/renewals.ts); a test compares the two.
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

/** The filter's conditions on `ms` (Membership), `m` (its Member) and `u` (the member's account, if any). */
function registerConditions(filter: RegisterFilter, currentYear: number): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.renewalDue) {
    conditions.push(Prisma.sql`ms.year = ${currentYear - 1} AND ms.status = 'ACTIVE' AND NOT EXISTS (
      SELECT 1 FROM "Membership" later WHERE later."memberId" = ms."memberId" AND later.year >= ${currentYear} AND later.status IN ('PENDING', 'ACTIVE'))`);
  } else if (filter.year) conditions.push(Prisma.sql`ms.year = ${filter.year}`);
  if (filter.college) conditions.push(Prisma.sql`ms.college = ${filter.college}::"College"`);
  if (filter.status) conditions.push(Prisma.sql`ms.status = ${filter.status}::"MembershipStatus"`);
  if (filter.kind) conditions.push(Prisma.sql`m.kind = ${filter.kind}::"MemberKind"`);
  if (filter.search) {
    // Case-insensitive, and the wildcards typed by staff are searched as text.
    const text = `%${filter.search.replace(/[\\%_]/g, "\\$&")}%`;
    conditions.push(Prisma.sql`(m.name ILIKE ${text} OR m.email ILIKE ${text} OR m."representativeName" ILIKE ${text} OR u.email ILIKE ${text})`);
  }
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

/**
 * The memberships, with their members only where the filter reads them (a kind or a search), and
 * the member's account only where a search reads its address: the count and the choice of a page's
 * rows read nothing else.
 */
function from(filter: RegisterFilter): Prisma.Sql {
  const member = filter.kind || filter.search ? Prisma.sql` JOIN "Member" m ON m.id = ms."memberId"` : Prisma.empty;
  const account = filter.search ? Prisma.sql` LEFT JOIN "User" u ON u.id = m."userId"` : Prisma.empty;
  return Prisma.sql`FROM "Membership" ms${member}${account}`;
}
/**
 * Newest year first, then by the member's name: the name copied on the membership (kept equal to
 * the member's by the database), so that the index Membership(year DESC, memberName, id) gives the
 * rows in this order and a page reads its own rows and the ones it skips in that index only.
 */
const ORDER = Prisma.sql`ms.year DESC, ms."memberName" ASC, ms.id ASC`;

/**
 * The rows of the register in order, `limit` of them from `offset`: chosen on the memberships
 * alone (and the member where the filter needs it), then read with their member, the account's
 * address and the payment for these rows only.
 */
function registerRows(filter: RegisterFilter, currentYear: number, limit: number, offset: number) {
  return Prisma.sql`
    SELECT row_number() OVER (ORDER BY ${ORDER}) AS ord, ms.id, ms.year, ms.college, ms.status, ms.source, ms."feeCents",
      m.id AS "memberId", m.kind, m.name, m."representativeName", coalesce(m.email, account.email) AS email, m.phone,
      p.id AS "paymentId", p."amountCents", p.method, p."paidOn"::text AS "paidOn", p."receiptYear", p."receiptNumber"
    FROM (
      SELECT ms.id ${from(filter)} ${registerConditions(filter, currentYear)}
      ORDER BY ${ORDER} LIMIT ${limit} OFFSET ${offset}
    ) chosen
    JOIN "Membership" ms ON ms.id = chosen.id
    JOIN "Member" m ON m.id = ms."memberId"
    LEFT JOIN "User" account ON account.id = m."userId"
    LEFT JOIN "MembershipPayment" p ON p."membershipId" = ms.id`;
}

type Row = {
  id: string;
  year: number;
  college: College;
  status: MembershipStatus;
  source: MembershipSource;
  feeCents: number;
  memberId: string;
  kind: MemberKind;
  name: string;
  representativeName: string | null;
  email: string | null;
  phone: string | null;
  paymentId: string | null;
  amountCents: number | null;
  method: PaymentMethod | null;
  paidOn: string | null;
  receiptYear: number | null;
  receiptNumber: number | null;
};

function toRegisterRow(row: Row) {
  return {
    id: row.id,
    year: row.year,
    college: row.college,
    status: row.status,
    source: row.source,
    feeCents: row.feeCents,
    memberId: row.memberId,
    kind: row.kind,
    name: row.name,
    representativeName: row.representativeName,
    email: row.email,
    phone: row.phone,
    payment:
      row.paymentId !== null
        ? { id: row.paymentId, amountCents: row.amountCents!, method: row.method!, paidOn: toDay(row.paidOn!), receipt: formatReceiptNumber(row.receiptYear!, row.receiptNumber!) }
        : null,
  };
}
export type RegisterRow = ReturnType<typeof toRegisterRow>;

/** One page of the register, newest year first then by name, with how many rows match (1 query). */
export async function listRegister(actor: Actor | null, filter: RegisterFilter & { page: number }, currentYear: number) {
  authorize(actor, "membership:register");
  const { total, rows } = await readCountedPage<Row>(
    Prisma.sql`SELECT count(*)::int AS total ${from(filter)} ${registerConditions(filter, currentYear)}`,
    registerRows(filter, currentYear, REGISTER_PAGE_SIZE, (filter.page - 1) * REGISTER_PAGE_SIZE),
  );
  return { rows: rows.map(toRegisterRow), total, page: filter.page, pageSize: REGISTER_PAGE_SIZE };
}

/** Every row of the filtered register, for its CSV (capped at REGISTER_EXPORT_MAX). */
export async function exportRegister(actor: Actor | null, filter: RegisterFilter, currentYear: number): Promise<RegisterRow[]> {
  authorize(actor, "membership:register");
  const rows = await readRows<Row>(Prisma.sql`${registerRows(filter, currentYear, REGISTER_EXPORT_MAX, 0)} ORDER BY ord`);
  return rows.map(toRegisterRow);
}
