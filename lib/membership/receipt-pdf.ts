import "server-only";
import { openPdf, pdfText } from "@/lib/pdf/document";
import { formatLongDay } from "@/lib/format/dates";
import { formatEuros } from "@/lib/format/numbers";
import { COLLEGE_LABELS, PAYMENT_METHOD_LABELS, formatReceiptNumber } from "@/lib/membership/model";
import type { Receipt } from "@/lib/membership/queries/receipt";

/**
 * A membership receipt as a PDF, made on the server with pdfkit (lib/pdf/document.ts, like the
 * statements and the minutes): the association, the receipt's number and date,
 * the member (the organisation and its representative), the college, the year, the amount, the
 * method and who recorded the payment.
 */

export const ASSOCIATION = { name: "Régie de quartier de Bellerive", detail: "Association loi 1901" } as const;

export function receiptTitle(receipt: Pick<Receipt, "receiptYear" | "receiptNumber">): string {
  return `Reçu de cotisation n° ${formatReceiptNumber(receipt.receiptYear, receipt.receiptNumber)}`;
}

export function receiptFileName(receipt: Pick<Receipt, "receiptYear" | "receiptNumber">): string {
  return `recu-adhesion-${formatReceiptNumber(receipt.receiptYear, receipt.receiptNumber)}.pdf`;
}

export function receiptPdf(receipt: Receipt): Promise<Buffer> {
  const { doc, done } = openPdf({ size: "A5", margin: 40, info: { Title: receiptTitle(receipt), Author: ASSOCIATION.name } });
  const { member } = receipt.membership;
  const line = (label: string, value: string) => {
    doc.font("Helvetica-Bold").fontSize(10).text(pdfText(`${label} : `), { continued: true });
    doc.font("Helvetica").text(pdfText(value));
  };

  doc.font("Helvetica-Bold").fontSize(13).text(pdfText(ASSOCIATION.name));
  doc.font("Helvetica").fontSize(9).text(pdfText(ASSOCIATION.detail));
  doc.moveDown();
  doc.font("Helvetica-Bold").fontSize(16).text(pdfText(receiptTitle(receipt)));
  doc.font("Helvetica").fontSize(10).text(pdfText(`Établi le ${formatLongDay(receipt.createdAt)}`));
  doc.moveDown();
  if (member.kind === "ORGANISATION") {
    line("Adhérent", member.name);
    if (member.representativeName) line("Représenté par", member.representativeName);
  } else {
    line("Adhérent", member.name);
  }
  if (member.address) line("Adresse", member.address);
  line("Collège", COLLEGE_LABELS[receipt.membership.college]);
  line("Année d'adhésion", String(receipt.membership.year));
  doc.moveDown();
  line("Montant reçu", formatEuros(receipt.amountCents));
  line("Moyen de paiement", PAYMENT_METHOD_LABELS[receipt.method]);
  line("Payé le", formatLongDay(receipt.paidOn));
  line("Enregistré par", receipt.recordedBy?.name ?? "—");
  doc.moveDown();
  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor("#333333")
    .text(pdfText(`${ASSOCIATION.name} reconnaît avoir reçu la somme ci-dessus au titre de la cotisation annuelle de l'adhérent pour l'année ${receipt.membership.year}.`));
  doc.end();
  return done;
}
