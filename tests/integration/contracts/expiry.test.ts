/**
 * The daily expiry of contracts past their end (lib/contracts/commands/expiry.ts), made by no one
 * on the lifecycle kernel: a contract a person moved or edited after the job listed it is left
 * alone (the kernel's guard on its version), whether the change came before the job reached it or
 * while the job was waiting for it; and a staff form opened before the expiry is refused after.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Client } from "pg";
import { db } from "@/lib/db";
import { databaseUrl } from "@/lib/env";
import { ConflictError } from "@/lib/core/errors";
import { moveContract } from "@/lib/contracts/commands/staff";
import { expireContract, expireEndedContracts } from "@/lib/contracts/commands/expiry";
import { resetDatabase } from "../../helpers/database";
import { actorOf, createPartner, createUser, type TestUser } from "../../helpers/factories";
import { createContractRow } from "../../helpers/contracts";

// Wednesday 2 December 2026, 04:00 in Paris: contracts that ended on 1 December or before expire.
const NOW = new Date("2026-12-02T03:00:00Z");

let staff: TestUser;
let partnerId: string;
beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ roles: ["STAFF"] });
  partnerId = (await createPartner()).id;
});

const endedContract = () => createContractRow({ partnerId, status: "ACTIVE", startsOn: "2025-12-01", endsOn: "2026-12-01" });
const contractOf = (id: string) => db.contract.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, expiredAt: true, closedAt: true, endsOn: true } });
const expiryRows = () => db.auditLog.count({ where: { action: "contract.expire" } });

describe("a contract changed after the job listed it", () => {
  it("is left alone when staff closed it meanwhile", async () => {
    const contract = await endedContract();
    await moveContract({ actor: actorOf(staff) }, { contractId: contract.id, version: 0, move: "close", confirm: true });

    expect(await expireContract({ id: contract.id, version: 0 }, NOW)).toBe(false);
    expect(await contractOf(contract.id)).toMatchObject({ status: "CLOSED", version: 1, expiredAt: null });
    expect(await expiryRows()).toBe(0);
  });

  it("is left alone when its end was pushed back meanwhile, and the next run no longer finds it", async () => {
    const contract = await endedContract();
    // An amendment that extends it (what updateContract writes: the terms and version + 1).
    await db.contract.update({ where: { id: contract.id }, data: { endsOn: new Date("2027-06-30T00:00:00Z"), version: { increment: 1 } } });

    expect(await expireContract({ id: contract.id, version: 0 }, NOW)).toBe(false);
    expect(await expireEndedContracts(NOW)).toBe(0);
    expect(await contractOf(contract.id)).toMatchObject({ status: "ACTIVE", version: 1, expiredAt: null });
    expect(await expiryRows()).toBe(0);
  });

  describe("while the job is at work", () => {
    let editor: Client | undefined;
    afterEach(async () => {
      await editor?.end();
      editor = undefined;
    });

    it("is left alone, and the others expire", async () => {
      const edited = await endedContract();
      const other = await endedContract();
      // Someone's edit, not yet committed, holds the row while the job lists and reaches it.
      editor = new Client({ connectionString: databaseUrl() });
      await editor.connect();
      await editor.query("BEGIN");
      await editor.query(`UPDATE "Contract" SET "endsOn" = '2027-06-30', version = version + 1 WHERE id = $1`, [edited.id]);

      const run = expireEndedContracts(NOW);
      await waitForLockWaiter();
      await editor.query("COMMIT");

      expect(await run).toBe(1);
      expect(await contractOf(edited.id)).toMatchObject({ status: "ACTIVE", version: 1, expiredAt: null });
      expect(await contractOf(other.id)).toMatchObject({ status: "EXPIRED", version: 1, expiredAt: NOW });
      expect(await db.auditLog.findMany({ where: { action: "contract.expire" }, select: { entityId: true, actorId: true } })).toEqual([{ entityId: other.id, actorId: null }]);
    });
  });
});

describe("a contract the job expired", () => {
  it("refuses a staff form opened before, and a second run changes nothing", async () => {
    const contract = await endedContract();
    expect(await expireEndedContracts(NOW)).toBe(1);
    await expect(moveContract({ actor: actorOf(staff) }, { contractId: contract.id, version: 0, move: "close", confirm: true })).rejects.toThrow(ConflictError);
    expect(await expireEndedContracts(NOW)).toBe(0);
    expect(await contractOf(contract.id)).toMatchObject({ status: "EXPIRED", version: 1, expiredAt: NOW, closedAt: null });
    expect(await expiryRows()).toBe(1);
  });

  it("expires many contracts in one run, each audited once", async () => {
    const contracts = await Promise.all(Array.from({ length: 60 }, () => endedContract()));
    expect(await expireEndedContracts(NOW)).toBe(contracts.length);
    expect(await db.contract.count({ where: { status: "EXPIRED", version: 1, expiredAt: NOW } })).toBe(contracts.length);
    expect(await expiryRows()).toBe(contracts.length);
  });
});

/** Until a statement of this database waits on a row lock (the job's guarded update on the edited row). */
async function waitForLockWaiter() {
  for (let i = 0; i < 200; i++) {
    const rows = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("The job never waited for the edited contract.");
}
