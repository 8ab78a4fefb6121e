import "server-only";
import { numberPages, openPdf, pdfText } from "@/lib/pdf/document";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/authz/policy";
import { formatDayTime, formatLongDay } from "@/lib/format/dates";
import { DECISION_OUTCOME_LABELS, MINUTES_STATUS_LABELS } from "@/lib/governance/model";
import type { DecisionOutcome, MinutesStatus } from "@/lib/generated/prisma/enums";

/**
 * The minutes as a PDF (pdfkit, its built-in Helvetica): the body, the date and place, the
 * minutes' text, the decisions with their votes, page numbers. Who may have it: anyone once
 * published; before, only the board space (governance:view). A resident or a partner asking for
 * unpublished minutes is told they do not exist.
 */

export type MinutesForPdf = {
  startsAt: Date;
  place: string;
  minutes: string | null;
  minutesStatus: MinutesStatus;
  body: { name: string };
  decisions: { number: number; title: string; text: string; votesFor: number; votesAgainst: number; votesAbstain: number; outcome: DecisionOutcome }[];
};

/** The minutes this caller may read as a PDF, or null (none, or not theirs to read). */
export async function minutesForPdf(actor: Actor | null, id: string, options: { publishedOnly: boolean }): Promise<MinutesForPdf | null> {
  const mayReadUnpublished = !options.publishedOnly && !!actor && can(actor, "governance:view");
  return db.meeting.findFirst({
    where: { id, minutesStatus: mayReadUnpublished ? { not: "NONE" } : "PUBLISHED" },
    select: {
      startsAt: true,
      place: true,
      minutes: true,
      minutesStatus: true,
      body: { select: { name: true } },
      decisions: { orderBy: { number: "asc" }, select: { number: true, title: true, text: true, votesFor: true, votesAgainst: true, votesAbstain: true, outcome: true } },
    },
  });
}

const MARGIN = 50;

export function minutesPdf(minutes: MinutesForPdf): Promise<Buffer> {
  const title = `Compte rendu — ${minutes.body.name} du ${formatLongDay(minutes.startsAt)}`;
  const { doc, done } = openPdf({ size: "A4", margin: MARGIN, bufferPages: true, info: { Title: title } });

  doc.font("Helvetica-Bold").fontSize(18).text(pdfText(title));
  doc.moveDown(0.5);
  doc.font("Helvetica").fontSize(11);
  doc.text(pdfText(`Réunion du ${formatDayTime(minutes.startsAt)}, lieu : ${minutes.place}`));
  if (minutes.minutesStatus !== "PUBLISHED") doc.fillColor("#8a1c1c").text(pdfText(`${MINUTES_STATUS_LABELS[minutes.minutesStatus]} : document de travail, non public.`)).fillColor("#000000");
  doc.moveDown();
  doc.font("Helvetica").fontSize(11).text(pdfText(minutes.minutes ?? ""), { align: "left" });
  doc.moveDown();

  doc.font("Helvetica-Bold").fontSize(13).text("Décisions");
  doc.moveDown(0.5);
  if (minutes.decisions.length === 0) doc.font("Helvetica").fontSize(11).text("Aucune décision votée.");
  for (const d of minutes.decisions) {
    doc.font("Helvetica-Bold").fontSize(11).text(pdfText(`Décision n° ${d.number} : ${d.title} — ${DECISION_OUTCOME_LABELS[d.outcome]}`));
    doc.font("Helvetica").fontSize(10).text(pdfText(d.text));
    doc.text(pdfText(`Pour : ${d.votesFor} — Contre : ${d.votesAgainst} — Abstentions : ${d.votesAbstain}`));
    doc.moveDown(0.5);
  }

  numberPages(doc, `${minutes.body.name} — ${formatLongDay(minutes.startsAt)}`, MARGIN);
  doc.end();
  return done;
}

/** "compte-rendu-2026-11-12.pdf". */
export function minutesFileName(startsAt: Date): string {
  return `compte-rendu-${startsAt.toISOString().slice(0, 10)}.pdf`;
}
