import "server-only";
import { db } from "@/lib/db";

/** The partners a partner user acts for (their grants' ids), for the partner space's header. */
export async function getPartnersByIds(ids: string[]) {
  return db.partner.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true, subtype: { select: { name: true } } } });
}
