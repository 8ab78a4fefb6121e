import "server-only";
import type { Tx } from "@/lib/db";
import { toDay } from "@/lib/core/calendar";
import { ValidationError } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The contract line a one-off job is made under, read in the job's own transaction (a contract
 * ended or a site taken off the line meanwhile is seen): the line exists and is not archived, within
 * `contractWhere` (a partner's own contracts), its contract is ACTIVE, the site is one of the line's
 * and the day within the contract's dates. Staff and partners each refuse in their own words.
 */

type LineContract = { id: string; reference: string; partnerId: string; status: string; startsOn: Date; endsOn: Date };

export type LineRefusals = {
  /** The form's field of the line ("contractLineId" for staff, "lineId" for a partner). */
  lineField: string;
  unknownLine: string;
  notActive: (contract: LineContract) => string;
  siteNotOnLine: string;
  outsideContract: (contract: LineContract) => string;
};

/** Whether `day` falls within the contract's dates (both included). */
export function withinContract(contract: { startsOn: Date; endsOn: Date }, day: Date): boolean {
  return day >= toDay(contract.startsOn) && day <= toDay(contract.endsOn);
}

export type LineForJobInput = { lineId: string; siteId: string; day: Date; contractWhere?: Prisma.ContractWhereInput };

export async function lineForJob(tx: Tx, input: LineForJobInput, refusals: LineRefusals) {
  const line = await tx.contractLine.findFirst({
    where: { id: input.lineId, archivedAt: null, ...(input.contractWhere ? { contract: { is: input.contractWhere } } : {}) },
    select: {
      id: true,
      task: true,
      startMinutes: true,
      durationMinutes: true,
      teamId: true,
      contract: { select: { id: true, reference: true, partnerId: true, status: true, startsOn: true, endsOn: true } },
      sites: { where: { siteId: input.siteId }, select: { siteId: true } },
    },
  });
  if (!line) throw new ValidationError(refusals.unknownLine, { [refusals.lineField]: [refusals.unknownLine] });
  if (line.contract.status !== "ACTIVE") {
    const message = refusals.notActive(line.contract);
    throw new ValidationError(message, { [refusals.lineField]: [message] });
  }
  if (line.sites.length === 0) throw new ValidationError(refusals.siteNotOnLine, { siteId: [refusals.siteNotOnLine] });
  if (!withinContract(line.contract, input.day)) {
    const message = refusals.outsideContract(line.contract);
    throw new ValidationError(message, { date: [message] });
  }
  return line;
}
