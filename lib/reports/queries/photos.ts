import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/authz/policy";
import { reportScope } from "@/lib/authz/scopes";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Whose reports' photos this caller sees in full, whether approved or not: staff every report's,
 * an author their own, a partner those of the reports routed to it. Owning the report's site gives
 * a landlord no more than a visitor (README, Partners), so "partner-site" is not among them.
 */
function fullPhotoScopes(actor: Actor | null): Prisma.ReportWhereInput[] {
  if (!actor) return [];
  if (can(actor, "reports:view-all")) return [reportScope(actor, "staff").where];
  const scopes = [reportScope(actor, "author").where];
  if (can(actor, "reports:partner-view")) scopes.push(reportScope(actor, "partner").where);
  return scopes;
}

/**
 * The photo file to serve if this caller may see it, or null (unknown, or not theirs to see: the
 * route answers the same 404 for both). Besides the reports they see in full, anyone sees an
 * approved photo of a report the public pages show (scope "public"). One query: the scopes are in
 * its `where`.
 */
export async function getPhotoForViewer(actor: Actor | null, photoId: string) {
  return db.reportPhoto.findFirst({
    where: {
      id: photoId,
      OR: [...fullPhotoScopes(actor).map((where) => ({ report: { is: where } })), { approvedForPublic: true, report: { is: reportScope(actor, "public").where } }],
    },
    select: { storageKey: true, mime: true },
  });
}
