import { randomUUID } from "node:crypto";
import { EVERY_ROLE_BUT_PARTNER, type Fixture, type GuardedCase } from "./shared";
import { createTerritory } from "../../helpers/factories";
import { createContract, createJob, createLine, isoDayFromToday } from "../../helpers/partner-work";

/** A done job of the fixture's partner, under a line of one of its active contracts. */
async function doneJob(fixture: Fixture) {
  const { site } = await createTerritory({ ownerPartnerId: fixture.reports.partnerId });
  const contract = await createContract({ partnerId: fixture.reports.partnerId });
  const line = await createLine({ contractId: contract.id, siteIds: [site.id] });
  const job = await createJob({ contract, lineId: line.id, siteId: site.id, status: "DONE" });
  return { job, line, site };
}

/** The partner-work actions' callers to refuse, and a valid input (see shared.ts). */
export const cases: Record<string, GuardedCase> = {
  validateJobAsPartner: {
    wrongRoles: EVERY_ROLE_BUT_PARTNER,
    allowed: "partner",
    input: async (fixture) => ({ workOrderId: (await doneJob(fixture)).job.id, version: "0" }),
  },
  sendBackJobAsPartner: {
    wrongRoles: EVERY_ROLE_BUT_PARTNER,
    allowed: "partner",
    input: async (fixture) => ({ workOrderId: (await doneJob(fixture)).job.id, version: "0", comment: "Le hall B n'a pas été lavé." }),
  },
  orderJobAsPartner: {
    wrongRoles: EVERY_ROLE_BUT_PARTNER,
    allowed: "partner",
    input: async (fixture) => {
      const { line, site } = await doneJob(fixture);
      return { lineId: line.id, siteId: site.id, date: isoDayFromToday(5), description: "Débarrasser le local vélos", idempotencyKey: randomUUID() };
    },
  },
};
