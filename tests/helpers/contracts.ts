import { db } from "@/lib/db";
import type { ContractStatus } from "@/lib/generated/prisma/enums";
import { toDay } from "@/lib/core/calendar";

/** Test data of the contracts domain, written straight to the database. */

let sequence = 0;

export async function createContractRow(options: { partnerId: string; status?: ContractStatus; startsOn?: string; endsOn?: string; reference?: string; object?: string }) {
  const n = ++sequence;
  return db.contract.create({
    data: {
      reference: options.reference ?? `T-${n}`,
      partnerId: options.partnerId,
      object: options.object ?? `Prestation de test ${n}`,
      kind: "PUBLIC_PROCUREMENT",
      status: options.status ?? "DRAFT",
      startsOn: toDay(options.startsOn ?? "2026-01-01"),
      endsOn: toDay(options.endsOn ?? "2026-12-31"),
      amountCents: 1_000_000,
    },
    select: { id: true, reference: true, version: true },
  });
}

export async function createTeam(options: { archived?: boolean } = {}) {
  const n = ++sequence;
  return db.team.create({ data: { name: `Équipe ${n}`, archivedAt: options.archived ? new Date() : null }, select: { id: true, name: true } });
}

export async function createLineRow(contractId: string, siteIds: string[], recurrence: string | null = "FREQ=WEEKLY;BYDAY=MO,TH") {
  return db.contractLine.create({
    data: { contractId, task: `Tâche ${++sequence}`, unit: "PER_VISIT", unitPriceCents: 9_500, recurrence, sites: { create: siteIds.map((siteId) => ({ siteId })) } },
    select: { id: true, version: true },
  });
}

/** A small but real PDF (enough for the content check: it starts with %PDF-). */
export function pdfBytes(text = "Marché signé"): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

export const pdfFile = (name = "marche.pdf") => new File([pdfBytes()], name, { type: "application/pdf" });

/** The first bytes of a PNG, sent under a PDF's name and type. */
export const pngAsPdf = () =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])], "contrat.pdf", { type: "application/pdf" });
