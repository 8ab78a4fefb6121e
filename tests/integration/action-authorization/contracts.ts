import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { createTerritory } from "../../helpers/factories";
import { createContractRow, createLineRow, pdfFile } from "../../helpers/contracts";
import { EVERY_ROLE_BUT_STAFF, type Fixture, type GuardedCase } from "./shared";

/** The contracts actions' callers to refuse, and a valid input (see shared.ts); behaviour in tests/integration/contracts/. */

const contract = (f: Fixture) => createContractRow({ partnerId: f.reports.partnerId });

const lineFields = (siteId: string) => ({
  task: "Nettoyage des halls",
  unit: "PER_VISIT",
  unitPrice: "95,00",
  siteIds: [siteId],
  durationMinutes: "120",
  preset: "weekdays",
  days: ["MO", "TH"],
});

const staffOnly = (input: GuardedCase["input"]): GuardedCase => ({ wrongRoles: EVERY_ROLE_BUT_STAFF, allowed: ["STAFF"], input });

export const cases: Record<string, GuardedCase> = {
  createContract: staffOnly((f) => ({
    reference: "M2026-AUTH",
    partnerId: f.reports.partnerId,
    object: "Nettoyage des parties communes",
    kind: "PUBLIC_PROCUREMENT",
    startsOn: "2026-01-01",
    endsOn: "2026-12-31",
  })),
  updateContract: staffOnly(async (f) => ({
    contractId: (await contract(f)).id,
    version: "0",
    reference: "M2026-AUTH",
    partnerId: f.reports.partnerId,
    object: "Nettoyage et vitres",
    kind: "AGREEMENT",
    startsOn: "2026-01-01",
    endsOn: "2026-12-31",
    amount: "12 500",
  })),
  moveContract: staffOnly(async (f) => ({ contractId: (await contract(f)).id, version: "0", move: "activate" })),
  createContractLine: staffOnly(async (f) => ({ contractId: (await contract(f)).id, ...lineFields((await createTerritory()).site.id) })),
  updateContractLine: staffOnly(async (f) => {
    const siteId = (await createTerritory()).site.id;
    const line = await createLineRow((await contract(f)).id, [siteId]);
    return { lineId: line.id, version: "0", ...lineFields(siteId) };
  }),
  archiveContractLine: staffOnly(async (f) => {
    const line = await createLineRow((await contract(f)).id, [(await createTerritory()).site.id]);
    return { lineId: line.id, version: "0", confirm: "on" };
  }),
  uploadContractDocument: staffOnly(async (f) => ({ contractId: (await contract(f)).id, title: "Marché signé", file: pdfFile() })),
  deleteContractDocument: staffOnly(async (f) => {
    const document = await db.contractDocument.create({
      data: { contractId: (await contract(f)).id, title: "Avenant", storageKey: `${randomBytes(16).toString("hex")}.pdf`, bytes: 100 },
      select: { id: true },
    });
    return { documentId: document.id, confirm: "on" };
  }),
};
