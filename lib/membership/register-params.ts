/**
 * The register's filters as the URL writes them (French names: annee, college, statut, type,
 * renouvellement, q, page), read once for the page and its CSV export so both show the same rows.
 * Anything odd is no filter: a list never fails on a hand-edited address.
 */
import { z } from "zod";
import { pageParam } from "@/lib/core/schemas";
import { COLLEGES, MAX_MEMBERSHIP_YEAR, MEMBERSHIP_STATUSES, MEMBER_KINDS, MIN_MEMBERSHIP_YEAR } from "@/lib/membership/model";
import type { RegisterParams } from "@/lib/routes";

export const registerQuerySchema = z.object({
  annee: z.coerce.number().int().min(MIN_MEMBERSHIP_YEAR).max(MAX_MEMBERSHIP_YEAR).optional().catch(undefined),
  college: z.enum(COLLEGES).optional().catch(undefined),
  statut: z.enum(MEMBERSHIP_STATUSES).optional().catch(undefined),
  type: z.enum(MEMBER_KINDS).optional().catch(undefined),
  renouvellement: z.literal("1").optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: pageParam(),
});
export type RegisterQuery = z.output<typeof registerQuerySchema>;

/** The filter the queries take, from the parsed query. */
export function registerFilterOf(query: RegisterQuery) {
  return {
    year: query.annee,
    college: query.college,
    status: query.statut,
    kind: query.type,
    renewalDue: query.renouvellement === "1",
    search: query.q || undefined,
  };
}

/** The query again, for links (pagination, export) that keep the filters. */
export function registerParamsOf(query: RegisterQuery): RegisterParams {
  return {
    annee: query.annee?.toString(),
    college: query.college,
    statut: query.statut,
    type: query.type,
    renouvellement: query.renouvellement,
    q: query.q || undefined,
  };
}
