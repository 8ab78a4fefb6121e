"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  archiveLine,
  createContract,
  createLine,
  deleteDocument,
  moveContract,
  updateContract,
  updateLine,
  uploadDocument,
} from "@/lib/contracts/commands/staff";
import {
  archiveLineSchema,
  createContractSchema,
  createLineSchema,
  deleteDocumentSchema,
  moveContractSchema,
  updateContractSchema,
  updateLineSchema,
  uploadDocumentSchema,
} from "@/lib/contracts/schemas";
import type { ContractMove } from "@/lib/contracts/model";
import { routes, type ContractNotice } from "@/lib/routes";

// Every command returns the cache tags it makes stale (defineAction expires them) and the
// contract it touched: each action goes back to the contract's page with a notice.
const permission = "contracts:manage";
const toContract = (notice: ContractNotice) => (result: { contractId: string }) => routes.staff.contract(result.contractId, notice);

const MOVE_NOTICES: Record<ContractMove, ContractNotice> = { activate: "active", expire: "expire", close: "clos", reopen: "rouvert" };

export const createContractAction = defineAction({
  name: "createContract",
  permission,
  schema: createContractSchema,
  handler: ({ input, actor }) => createContract({ actor }, input),
  redirectTo: toContract("cree"),
});

export const updateContractAction = defineAction({
  name: "updateContract",
  permission,
  schema: updateContractSchema,
  handler: ({ input, actor }) => updateContract({ actor }, input),
  redirectTo: toContract("modifie"),
});

export const moveContractAction = defineAction({
  name: "moveContract",
  permission,
  schema: moveContractSchema,
  handler: ({ input, actor }) => moveContract({ actor }, input),
  redirectTo: (result) => routes.staff.contract(result.contractId, MOVE_NOTICES[result.move as ContractMove]),
});

export const createContractLineAction = defineAction({
  name: "createContractLine",
  permission,
  schema: createLineSchema,
  handler: ({ input, actor }) => createLine({ actor }, input),
  redirectTo: toContract("prestation-ajoutee"),
});

export const updateContractLineAction = defineAction({
  name: "updateContractLine",
  permission,
  schema: updateLineSchema,
  handler: ({ input, actor }) => updateLine({ actor }, input),
  redirectTo: toContract("prestation-modifiee"),
});

export const archiveContractLineAction = defineAction({
  name: "archiveContractLine",
  permission,
  schema: archiveLineSchema,
  handler: ({ input, actor }) => archiveLine({ actor }, input),
  redirectTo: toContract("prestation-archivee"),
});

/** Run by the upload route (app/api/contrats/documents/route.ts), which streams the PDF to disk first. */
export const uploadContractDocumentAction = defineAction({
  name: "uploadContractDocument",
  permission,
  schema: uploadDocumentSchema,
  handler: ({ input, actor }) => uploadDocument({ actor }, input),
  redirectTo: toContract("document-ajoute"),
});

export const deleteContractDocumentAction = defineAction({
  name: "deleteContractDocument",
  permission,
  schema: deleteDocumentSchema,
  handler: ({ input, actor }) => deleteDocument({ actor }, input),
  redirectTo: toContract("document-supprime"),
});
