import { z } from "zod";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

/** Statuses public pages show; rejected reports and duplicates are left out. */
export const PUBLIC_STATUSES = ["NEW", "ACKNOWLEDGED", "ROUTED", "PLANNED", "RESOLVED", "CLOSED"] as const satisfies readonly ReportStatus[];
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const PUBLIC_REPORTS_PAGE_SIZE = 20;
/** Pages beyond this are not offered: counting further on a large table costs more than it tells. */
export const PUBLIC_REPORTS_MAX_PAGES = 50;

const id = z.string().max(40).regex(/^[a-z0-9]+$/i);

/** The list's GET parameters, parsed leniently: a wrong value is dropped, never an error page. */
export const publicReportFilterSchema = z.object({
  categorie: id.optional().catch(undefined),
  statut: z.enum(PUBLIC_STATUSES).optional().catch(undefined),
  secteur: id.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(PUBLIC_REPORTS_MAX_PAGES).catch(1),
});
export type PublicReportFilter = z.output<typeof publicReportFilterSchema>;

/** "/signalements/1234": the report's public number. */
export const publicReferenceSchema = z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number).pipe(z.number().int().max(2_147_483_647));

const ANY = "tous";

/**
 * The filter as one path segment ("<categorie>~<statut>~<secteur>~<page>"), so that each filtered
 * list is its own cached page (proxy.ts rewrites /signalements?… to /signalements/filtre/<key>).
 */
export function publicFilterKey(filter: PublicReportFilter): string {
  return [filter.categorie ?? ANY, filter.statut ?? ANY, filter.secteur ?? ANY, String(filter.page)].join("~");
}

export function parsePublicFilterKey(key: string): PublicReportFilter {
  const [categorie, statut, secteur, page] = key.split("~");
  const value = (v: string | undefined) => (v && v !== ANY ? v : undefined);
  return publicReportFilterSchema.parse({ categorie: value(categorie), statut: value(statut), secteur: value(secteur), page });
}
