import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { contractScope, withinScope } from "@/lib/authz/scopes";
import { ConflictError, NotFoundError, ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { applyChange, applyMove } from "@/lib/core/lifecycle";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { contractCacheTags } from "@/lib/contracts/cache-tags";
import { CONTRACT_NOT_FOUND, contractLifecycle, contractMovePlan, type LoadedContract } from "@/lib/contracts/lifecycle";
import { MAX_LINE_OCCURRENCES, countOccurrences } from "@/lib/contracts/schedule";
import { readPdfDocument } from "@/lib/uploads/pdf-file";
import type {
  ArchiveLineInput,
  CreateContractInput,
  CreateLineInput,
  DeleteDocumentInput,
  MoveContractInput,
  UpdateContractInput,
  UpdateLineInput,
  UploadDocumentInput,
} from "@/lib/contracts/schemas";
import { deleteObjects, newStorageKey, putObject } from "@/lib/storage/file-storage";

/**
 * Staff writes on service contracts: the contract (created, edited at its version, moved through
 * its states on the lifecycle kernel), its lines (prestations) and its PDF documents. Each write
 * checks what it refers to against the database (a partner, sites and a team that exist and are
 * not archived), runs in one transaction with its audit row, and names the cache tags it makes
 * stale.
 */

export const UNKNOWN_PARTNER = "Partenaire inconnu ou archivé : choisissez-le dans la liste.";
export const DUPLICATE_REFERENCE = "Un autre contrat porte déjà cette référence.";
export const UNKNOWN_SITES = "Un des sites choisis n'existe pas ou est archivé : choisissez dans la liste.";
export const UNKNOWN_TEAM = "Équipe inconnue ou archivée : choisissez-la dans la liste.";
export const LINE_NOT_FOUND = "Prestation introuvable.";
export const LINE_CONFLICT = "Cette prestation a été modifiée entre-temps par quelqu'un d'autre. Rechargez la page pour voir son état actuel.";
export const CONTRACT_CLOSED = "Ce contrat est clos : rouvrez-le pour modifier ses prestations ou ses documents.";
export const DOCUMENT_NOT_FOUND = "Document introuvable.";
export const NOT_A_PDF = "Ce fichier n'est pas un PDF : seuls les documents PDF sont acceptés (le contrat signé, un avenant).";
export const tooManyOccurrences = (task?: string) =>
  `${task ? `La prestation « ${task} » ferait` : "Cette fréquence ferait"} plus de ${MAX_LINE_OCCURRENCES.toLocaleString("fr-FR")} passages sur la durée du contrat : choisissez une fréquence plus espacée ou des dates plus courtes.`;

export type ContractResult = { contractId: string; version: number; cacheTags: string[] };
export type LineResult = { contractId: string; lineId: string; cacheTags: string[] };
export type DocumentResult = { contractId: string; documentId: string; cacheTags: string[] };

const STAFF = "staff" as const;
/** A second submission of the same creation form within this delay gives back what the first made. */
const RESUBMIT_WINDOW_MS = 10 * 60 * 1000;


async function assertPartner(tx: Tx, partnerId: string) {
  const partner = await tx.partner.findFirst({ where: { id: partnerId, archivedAt: null }, select: { id: true } });
  if (!partner) throw new ValidationError(UNKNOWN_PARTNER, { partnerId: [UNKNOWN_PARTNER] });
}

/** The rules of the contract's recurring lines must stay within the cap over new dates. */
async function assertLinesFit(tx: Tx, contractId: string, dates: { startsOn: Date; endsOn: Date }) {
  const lines = await tx.contractLine.findMany({ where: { contractId, archivedAt: null, recurrence: { not: null } }, select: { task: true, recurrence: true } });
  for (const line of lines) {
    if (line.recurrence && countOccurrences(line.recurrence, dates) === null) {
      const message = tooManyOccurrences(line.task);
      throw new ValidationError(message, { endsOn: [message] });
    }
  }
}

type ContractTerms = Pick<LoadedContract, "reference" | "partnerId" | "object" | "kind" | "startsOn" | "endsOn" | "amountCents">;
const auditOf = (input: ContractTerms) => ({
  reference: input.reference,
  partnerId: input.partnerId,
  object: input.object,
  kind: input.kind,
  startsOn: input.startsOn.toISOString().slice(0, 10),
  endsOn: input.endsOn.toISOString().slice(0, 10),
  amountCents: input.amountCents,
});

type ContractData = Omit<CreateContractInput, "amount"> & { amountCents: number | null };
const contractData = ({ amount, ...input }: CreateContractInput): ContractData => ({ ...input, amountCents: amount });

/**
 * A new contract, as a draft. The reference is unique; a form sent twice (same reference, same
 * person, same partner, still untouched) gives back the contract the first submission made.
 */
export async function createContract(ctx: OperationContext, input: CreateContractInput): Promise<ContractResult> {
  const data = contractData(input);
  try {
    return await inTransaction(ctx, async (tx) => {
      await assertPartner(tx, data.partnerId);
      const existing = await tx.contract.findUnique({
        where: { reference: data.reference },
        select: { id: true, version: true, createdById: true, partnerId: true, createdAt: true },
      });
      if (existing) {
        const resubmitted =
          existing.createdById === ctx.actor.id && existing.partnerId === data.partnerId && existing.version === 0 && Date.now() - existing.createdAt.getTime() < RESUBMIT_WINDOW_MS;
        if (resubmitted) return { contractId: existing.id, version: existing.version, cacheTags: [] };
        throw new ValidationError(DUPLICATE_REFERENCE, { reference: [DUPLICATE_REFERENCE] });
      }
      const contract = await tx.contract.create({ data: { ...data, createdById: ctx.actor.id }, select: { id: true, version: true } });
      await recordAudit(tx, { actorId: ctx.actor.id, action: "contract.create", entityType: "Contract", entityId: contract.id, after: auditOf(data) });
      return { contractId: contract.id, version: contract.version, cacheTags: contractCacheTags() };
    });
  } catch (error) {
    // Two people creating the same reference at once: the second is told, as above.
    if (isUniqueViolation(error)) throw new ValidationError(DUPLICATE_REFERENCE, { reference: [DUPLICATE_REFERENCE] });
    throw error;
  }
}

/** Edits a contract's terms at the version the form was loaded at (the kernel's guarded write and audit row). */
export async function updateContract(ctx: OperationContext, input: UpdateContractInput): Promise<ContractResult> {
  const { contractId, version, ...fields } = input;
  const data = contractData(fields);
  try {
    const result = await applyChange(ctx, contractLifecycle, STAFF, { id: contractId, version }, async (contract: LoadedContract, tx) => {
      if (data.partnerId !== contract.partnerId) await assertPartner(tx, data.partnerId);
      if (data.reference !== contract.reference) {
        const other = await tx.contract.findUnique({ where: { reference: data.reference }, select: { id: true } });
        if (other) throw new ValidationError(DUPLICATE_REFERENCE, { reference: [DUPLICATE_REFERENCE] });
      }
      await assertLinesFit(tx, contract.id, data);
      return {
        data,
        audit: {
          action: "contract.update",
          before: auditOf(contract),
          after: auditOf(data),
        },
      };
    });
    return { contractId: result.id, version: result.version, cacheTags: result.cacheTags };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError(DUPLICATE_REFERENCE, { reference: [DUPLICATE_REFERENCE] });
    throw error;
  }
}

/** Activates, expires, closes or reopens a contract: a move of the table (lib/contracts/model.ts), by name. */
export async function moveContract(ctx: OperationContext, input: MoveContractInput): Promise<ContractResult & { move: string }> {
  const result = await applyMove(ctx, contractLifecycle, STAFF, { id: input.contractId, version: input.version }, input.move, contractMovePlan);
  return { contractId: result.id, version: result.version, cacheTags: result.cacheTags, move: input.move };
}

/** The contract a line or document is written under, in the staff scope, and refused when closed. */
async function openContract(tx: Tx, ctx: OperationContext, contractId: string) {
  const contract = await tx.contract.findFirst({
    where: withinScope(contractScope(ctx.actor, STAFF), { id: contractId }),
    select: { id: true, status: true, startsOn: true, endsOn: true },
  });
  if (!contract) throw new NotFoundError(CONTRACT_NOT_FOUND);
  if (contract.status === "CLOSED") throw new ValidationError(CONTRACT_CLOSED);
  return contract;
}

/** The line's references, checked: sites of the territory and a team, not archived (unless the line already has them). */
async function assertLineReferences(tx: Tx, input: { siteIds: string[]; teamId: string | null }, current?: { siteIds: string[]; teamId: string | null }) {
  const siteIds = [...new Set(input.siteIds)];
  const kept = new Set(current?.siteIds ?? []);
  const usable = await tx.site.count({ where: { id: { in: siteIds.filter((id) => !kept.has(id)) }, archivedAt: null } });
  if (usable !== siteIds.filter((id) => !kept.has(id)).length) throw new ValidationError(UNKNOWN_SITES, { siteIds: [UNKNOWN_SITES] });
  if (input.teamId && input.teamId !== current?.teamId) {
    const team = await tx.team.findFirst({ where: { id: input.teamId, archivedAt: null }, select: { id: true } });
    if (!team) throw new ValidationError(UNKNOWN_TEAM, { teamId: [UNKNOWN_TEAM] });
  }
  return siteIds;
}

function assertRuleFits(recurrence: string | null, contract: { startsOn: Date; endsOn: Date }) {
  if (recurrence && countOccurrences(recurrence, contract) === null) {
    const message = tooManyOccurrences();
    throw new ValidationError(message, { preset: [message] });
  }
}

type LineFields = Pick<CreateLineInput, "task" | "description" | "unit" | "teamId" | "durationMinutes" | "recurrence"> & { startMinutes: number | null; unitPriceCents: number };
function lineFields(input: Omit<CreateLineInput, "contractId">): LineFields {
  const { task, description, unit, unitPrice, teamId, startTime, durationMinutes, recurrence } = input;
  return { task, description, unit, teamId, startMinutes: startTime, durationMinutes, recurrence, unitPriceCents: unitPrice ?? 0 };
}

/**
 * The line a double submission of this form already made: untouched, recent, and equal on every
 * field, its sites as a set. The same task on other sites, at another time or by another team is a
 * line of its own, not a twin.
 */
async function findTwinLine(tx: Tx, contractId: string, data: LineFields, siteIds: string[]) {
  const candidates = await tx.contractLine.findMany({
    where: { contractId, ...data, version: 0, archivedAt: null, createdAt: { gt: new Date(Date.now() - RESUBMIT_WINDOW_MS) } },
    select: { id: true, sites: { select: { siteId: true } } },
  });
  const wanted = new Set(siteIds);
  return candidates.find((line) => line.sites.length === wanted.size && line.sites.every((s) => wanted.has(s.siteId)));
}

/**
 * A new line (prestation) at the end of the contract's lines. Sent twice in a row (every field the
 * same, untouched, within minutes), it gives back the line the first submission made.
 */
export async function createLine(ctx: OperationContext, input: CreateLineInput): Promise<LineResult> {
  return inTransaction(ctx, async (tx) => {
    const contract = await openContract(tx, ctx, input.contractId);
    const siteIds = await assertLineReferences(tx, input);
    assertRuleFits(input.recurrence, contract);
    const data = lineFields(input);
    const twin = await findTwinLine(tx, contract.id, data, siteIds);
    if (twin) return { contractId: contract.id, lineId: twin.id, cacheTags: [] };
    const last = await tx.contractLine.aggregate({ where: { contractId: contract.id }, _max: { sortOrder: true } });
    const line = await tx.contractLine.create({
      data: { ...data, contractId: contract.id, sortOrder: (last._max.sortOrder ?? 0) + 10, sites: { create: siteIds.map((siteId) => ({ siteId })) } },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "contract.line.create", entityType: "ContractLine", entityId: line.id, after: { contractId: contract.id, ...data, siteIds } });
    return { contractId: contract.id, lineId: line.id, cacheTags: contractCacheTags() };
  });
}

/** The line, within a contract staff reach, with what its edit compares against. */
async function loadLine(tx: Tx, ctx: OperationContext, lineId: string, version: number) {
  const line = await tx.contractLine.findFirst({
    where: { id: lineId, archivedAt: null, contract: contractScope(ctx.actor, STAFF).where },
    select: { id: true, version: true, contractId: true, task: true, teamId: true, recurrence: true, unitPriceCents: true, sites: { select: { siteId: true } } },
  });
  if (!line) throw new NotFoundError(LINE_NOT_FOUND);
  if (line.version !== version) throw new ConflictError(LINE_CONFLICT);
  return line;
}

/** Edits a line at the version the form was loaded at; its sites are replaced by those chosen. */
export async function updateLine(ctx: OperationContext, input: UpdateLineInput): Promise<LineResult> {
  return inTransaction(ctx, async (tx) => {
    const { lineId, version, ...fields } = input;
    const line = await loadLine(tx, ctx, lineId, version);
    const contract = await openContract(tx, ctx, line.contractId);
    const siteIds = await assertLineReferences(tx, fields, { siteIds: line.sites.map((s) => s.siteId), teamId: line.teamId });
    assertRuleFits(fields.recurrence, contract);
    const data = lineFields(fields);
    const updated = await tx.contractLine.updateMany({ where: { id: line.id, version, archivedAt: null }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(LINE_CONFLICT);
    await tx.contractLineSite.deleteMany({ where: { lineId: line.id, siteId: { notIn: siteIds } } });
    await tx.contractLineSite.createMany({ data: siteIds.map((siteId) => ({ lineId: line.id, siteId })), skipDuplicates: true });
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "contract.line.update",
      entityType: "ContractLine",
      entityId: line.id,
      before: { task: line.task, recurrence: line.recurrence, unitPriceCents: line.unitPriceCents, teamId: line.teamId, siteIds: line.sites.map((s) => s.siteId) },
      after: { ...data, siteIds },
    });
    return { contractId: line.contractId, lineId: line.id, cacheTags: contractCacheTags() };
  });
}

/** Archives a line: no job is generated from it any more; the jobs already made keep it. */
export async function archiveLine(ctx: OperationContext, input: ArchiveLineInput): Promise<LineResult> {
  return inTransaction(ctx, async (tx) => {
    const line = await loadLine(tx, ctx, input.lineId, input.version);
    await openContract(tx, ctx, line.contractId);
    const updated = await tx.contractLine.updateMany({ where: { id: line.id, version: input.version, archivedAt: null }, data: { archivedAt: new Date(), version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(LINE_CONFLICT);
    await recordAudit(tx, { actorId: ctx.actor.id, action: "contract.line.archive", entityType: "ContractLine", entityId: line.id, before: { task: line.task } });
    return { contractId: line.contractId, lineId: line.id, cacheTags: contractCacheTags() };
  });
}

/**
 * Adds a PDF to a contract. The content is checked, not the name or the type the browser sent:
 * the bytes must start with "%PDF-". The file is stored first, then its row and audit row are
 * written; if that fails, the stored file is removed.
 */
export async function uploadDocument(ctx: OperationContext, input: UploadDocumentInput): Promise<DocumentResult> {
  const bytes = await readPdfDocument(input.file, NOT_A_PDF);
  // Checked before storing anything: a missing or closed contract leaves no file behind.
  await inTransaction(ctx, (tx) => openContract(tx, ctx, input.contractId));
  const storageKey = newStorageKey("pdf");
  await putObject(storageKey, bytes);
  try {
    return await inTransaction(ctx, async (tx) => {
      const contract = await openContract(tx, ctx, input.contractId);
      const document = await tx.contractDocument.create({
        data: { contractId: contract.id, title: input.title, storageKey, bytes: bytes.length, uploadedById: ctx.actor.id },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: ctx.actor.id, action: "contract.document.upload", entityType: "ContractDocument", entityId: document.id, after: { contractId: contract.id, title: input.title, bytes: bytes.length } });
      return { contractId: contract.id, documentId: document.id, cacheTags: contractCacheTags() };
    });
  } catch (error) {
    await deleteObjects([storageKey]);
    throw error;
  }
}

/** Deletes a document (audited); its file is removed once the deletion has committed. */
export async function deleteDocument(ctx: OperationContext, input: DeleteDocumentInput): Promise<DocumentResult> {
  return inTransaction(ctx, async (tx, afterCommit) => {
    const document = await tx.contractDocument.findFirst({
      where: { id: input.documentId, contract: contractScope(ctx.actor, STAFF).where },
      select: { id: true, contractId: true, title: true, storageKey: true, bytes: true },
    });
    if (!document) throw new NotFoundError(DOCUMENT_NOT_FOUND);
    await openContract(tx, ctx, document.contractId);
    await tx.contractDocument.delete({ where: { id: document.id } });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "contract.document.delete", entityType: "ContractDocument", entityId: document.id, before: { contractId: document.contractId, title: document.title, bytes: document.bytes } });
    afterCommit(() => deleteObjects([document.storageKey]));
    return { contractId: document.contractId, documentId: document.id, cacheTags: contractCacheTags() };
  });
}
