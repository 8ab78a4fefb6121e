/**
 * The register as CSV for a spreadsheet (lib/reports/csv.ts: ";" separated, cells escaped, UTF-8
 * with a BOM), amounts with a French decimal comma.
 */
import { csvLine } from "@/lib/reports/csv";
import { isoDay } from "@/lib/core/calendar";
import { COLLEGE_LABELS, MEMBERSHIP_STATUS_LABELS, MEMBER_KIND_LABELS, MEMBERSHIP_SOURCE_LABELS, PAYMENT_METHOD_LABELS } from "@/lib/membership/model";
import type { RegisterRow } from "@/lib/membership/queries/register";

const HEADER = ["Année", "Adhérent", "Type", "Représentant", "Courriel", "Téléphone", "Collège", "État", "Origine", "Cotisation (€)", "Payé (€)", "Moyen", "Payé le", "Reçu"];

const euros = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

export function registerCsv(rows: readonly RegisterRow[]): string {
  return (
    "\uFEFF" +
    csvLine(HEADER) +
    rows
      .map((row) =>
        csvLine([
          row.year,
          row.name,
          MEMBER_KIND_LABELS[row.kind],
          row.representativeName,
          row.email,
          row.phone,
          COLLEGE_LABELS[row.college],
          MEMBERSHIP_STATUS_LABELS[row.status],
          MEMBERSHIP_SOURCE_LABELS[row.source],
          euros(row.feeCents),
          row.payment ? euros(row.payment.amountCents) : null,
          row.payment ? PAYMENT_METHOD_LABELS[row.payment.method] : null,
          row.payment ? isoDay(row.payment.paidOn) : null,
          row.payment?.receipt,
        ]),
      )
      .join("")
  );
}
