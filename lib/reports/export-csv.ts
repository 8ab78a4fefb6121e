import "server-only";
import type { Actor } from "@/lib/authz/policy";
import { can } from "@/lib/authz/policy";
import { csvLine } from "@/lib/reports/csv";
import { formatPlace } from "@/lib/reports/queries";
import { PRIORITY_LABELS, REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { exportQueuePage } from "@/lib/reports/triage-queries";
import type { TriageQueueFilters } from "@/lib/reports/triage-schemas";

/** At most this many rows per export, read BATCH at a time (keyset on id after the first page). */
export const EXPORT_MAX_ROWS = 20_000;
const BATCH = 500;

const HEADER = ["Numéro", "Reçu le", "Statut", "Priorité", "Catégorie", "Secteur", "Lieu", "Partenaire", "Photos", "Soutiens", "Pris en compte le", "Résolu le", "Description"];

/**
 * The filtered queue as CSV (";" separated, UTF-8 with BOM for spreadsheets), streamed batch by
 * batch. Returns null when the caller may not export (the route answers 403/redirect).
 */
export function reportsCsvStream(actor: Actor | null, filters: TriageQueueFilters): ReadableStream<Uint8Array> | null {
  if (!can(actor, "reports:triage")) return null;
  const encoder = new TextEncoder();
  let cursor: string | null = null;
  let sent = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(HEADER)}`));
        return;
      }
      const rows = await exportQueuePage(filters, cursor, Math.min(BATCH, EXPORT_MAX_ROWS - sent));
      if (rows.length === 0) {
        controller.close();
        return;
      }
      const text = rows
        .map((r) =>
          csvLine([
            r.number,
            r.createdAt.toISOString(),
            REPORT_STATUS_LABELS[r.status],
            PRIORITY_LABELS[r.priority],
            r.category.name,
            r.area?.name ?? "",
            formatPlace(r),
            r.partner?.name ?? "",
            r.photoCount,
            r.supporterCount,
            r.acknowledgedAt?.toISOString() ?? "",
            r.resolvedAt?.toISOString() ?? "",
            r.description,
          ]),
        )
        .join("");
      controller.enqueue(encoder.encode(text));
      sent += rows.length;
      cursor = rows[rows.length - 1].id;
      if (sent >= EXPORT_MAX_ROWS || rows.length < BATCH) controller.close();
    },
  });
}
