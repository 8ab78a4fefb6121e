/**
 * The adapter the Prisma 6.19 CLI migrates through (engine "js": no native engine to download).
 *
 * Two upstream bugs of 6.19's adapter-based migrations are worked around here, and only here
 * (see ../shared/notes/prisma-offline.md; upstream: prisma/orm#27403 and adapter-pg's
 * `connectToShadowDb`). Delete this file's workarounds when a Prisma release fixes both:
 * tests/migrations/migrate-dev.test.ts (`npx vitest run --config vitest.migrate.config.ts`, on a
 * real PostgreSQL server) tells whether they are still needed.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// 1. The schema engine reads catalog columns typed `name` (oid 19) and `"char"` (oid 18), which
//    adapter-pg 6.19 cannot deserialize. Every row description goes through addFields: report
//    them as `text` (oid 25) before the adapter sees them.
const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;
type FieldDescription = { dataTypeID: number };
const resultPrototype = (pg as unknown as { Result: { prototype: { addFields(fields: FieldDescription[]): void } } })
  .Result.prototype;
const originalAddFields = resultPrototype.addFields;
resultPrototype.addFields = function addFields(fields: FieldDescription[]) {
  for (const field of fields) {
    if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return originalAddFields.call(this, fields);
};

// 2. adapter-pg builds the shadow pool from `{ ...config, database }`, where a connectionString
//    wins over `database`: migrate dev then runs on the main database. It also drops the shadow
//    database while its own pool is still connected.
class ShadowSafePrismaPg extends PrismaPg {
  constructor(private readonly connectionString: string) {
    super({ connectionString });
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const url = new URL(this.connectionString);
    url.pathname = `/${database}`;
    const shadow = await new PrismaPg({ connectionString: url.toString() }).connect();
    const disposeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadowPool();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}

export function migrateAdapter() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must be set to run Prisma's CLI (scripts/db.mjs sets it).");
  return new ShadowSafePrismaPg(url);
}
