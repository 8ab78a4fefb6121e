import "server-only";
import type { Actor } from "@/lib/authz/policy";
import { csvLine } from "@/lib/reports/csv";
import type { TriageQueueFilter } from "@/lib/reports/filter-params";
import { PRIORITY_LABELS, REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { formatPlace } from "@/lib/reports/queries/place";
import { exportQueuePage } from "@/lib/reports/queries/staff";

/** At most this many rows per export, read BATCH at a time (keyset on id after the first page). */
export const EXPORT_MAX_ROWS = 20_000;
const BATCH = 500;

const HEADER = ["Numéro", "Reçu le", "Statut", "Priorité", "Catégorie", "Secteur", "Lieu", "Partenaire", "Photos", "Soutiens", "Pris en compte le", "Résolu le", "Description"];

/**
 * The filtered queue as CSV (";" separated, UTF-8 with BOM for spreadsheets), streamed batch by
 * batch, within staff's scope. The caller has authorized "reports:triage" (the export route).
 */
export function reportsCsvStream(actor: Actor, filter: TriageQueueFilter): ReadableStream<Uint8Array> {
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
      const rows = await exportQueuePage(actor, filter, cursor, Math.min(BATCH, EXPORT_MAX_ROWS - sent));
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
