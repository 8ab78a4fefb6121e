import "server-only";
import { readRows } from "@/lib/db";
import { authorize, type Actor } from "@/lib/authz/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { College } from "@/lib/generated/prisma/enums";

/**
 * The membership figures by year and college: active members and the fees collected (the payments
 * of those memberships). Read by staff and the board (`membership:register`), in one statement.
 */

export type FiguresRow = { year: number; college: College; members: number; collectedCents: number };

export async function membershipFigures(actor: Actor | null, range: { fromYear: number; toYear: number }): Promise<FiguresRow[]> {
  authorize(actor, "membership:register");
  return readRows<FiguresRow>(Prisma.sql`
    SELECT m."year", m."college"::text AS "college", count(*)::int AS "members", coalesce(sum(p."amountCents"), 0)::int AS "collectedCents"
    FROM "Membership" m LEFT JOIN "MembershipPayment" p ON p."membershipId" = m."id"
    WHERE m."status" = 'ACTIVE' AND m."year" BETWEEN ${range.fromYear} AND ${range.toYear}
    GROUP BY m."year", m."college"
    ORDER BY m."year" DESC, m."college"`);
}
