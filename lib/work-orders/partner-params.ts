/**
 * The partner's job list filters as the address bar writes them (`?statut=DONE&mois=2026-11`),
 * translated here, and only here, to the filter the query takes. No server import.
 */
import { z } from "zod";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { WORK_ORDER_STATUSES } from "@/lib/work-orders/model";
import { parseStatementMonth } from "@/lib/work-orders/statement";

export const PARTNER_JOBS_PAGE_SIZE = 20;
export const PARTNER_JOBS_MAX_PAGES = 200;

export type PartnerJobFilter = {
  status?: WorkOrderStatus;
  /** "2026-11": jobs planned in that month. */
  month?: string;
  page: number;
};

export const PARTNER_JOBS_PARAMS = { status: "statut", month: "mois", page: "page" } as const satisfies { [K in keyof PartnerJobFilter]-?: string };

/** Parsed leniently: a wrong value is ignored, not an error page. */
export const partnerJobsParamsSchema = z
  .object({
    statut: z.enum(WORK_ORDER_STATUSES).optional().catch(undefined),
    mois: z
      .string()
      .optional()
      .transform((value) => parseStatementMonth(value)?.key)
      .catch(undefined),
    page: z.coerce.number().int().min(1).max(PARTNER_JOBS_MAX_PAGES).catch(1),
  })
  .transform((p): PartnerJobFilter => ({ status: p.statut, month: p.mois, page: p.page }));

/** The list's query string for a filter (the page left out: links to other pages add it). */
export function partnerJobsSearchParams(filter: Omit<PartnerJobFilter, "page">): Record<string, string | undefined> {
  return { [PARTNER_JOBS_PARAMS.status]: filter.status, [PARTNER_JOBS_PARAMS.month]: filter.month };
}
