/**
 * The adapter the Prisma 6.19 CLI migrates through (engine "js": no native engine to download).
 *
 * Three upstream bugs of 6.19's adapter-based migrations are worked around here, and only here
 * (see ../shared/notes/prisma-offline.md; upstream: prisma/orm#27403 and adapter-pg's
 * `connectToShadowDb`). Delete each workaround when a Prisma release fixes its bug:
 * tests/migrations/migrate-dev.test.ts (`npx vitest run --config vitest.migrate.config.ts`, on a
 * real PostgreSQL server) tells whether they are still needed.
 */
import { PrismaPg } from "@prisma/adapter-pg";
// adapter-pg's own dependency (same version), for the column type it reports.
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

// 1. The schema engine reads catalog columns typed `name` (oid 19) and `"char"` (oid 18), which
//    adapter-pg 6.19 cannot deserialize. Every row description goes through addFields: report
//    them as `text` (oid 25) before the adapter sees them.
const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;
type FieldDescription = { dataTypeID: number; catalogChar?: boolean };
const resultPrototype = (pg as unknown as { Result: { prototype: { addFields(fields: FieldDescription[]): void } } })
  .Result.prototype;
const originalAddFields = resultPrototype.addFields;
resultPrototype.addFields = function addFields(fields: FieldDescription[]) {
  for (const field of fields) {
    // Marked: the engine must still receive a `"char"` as a character (3. below).
    if (field.dataTypeID === CHAR_OID) field.catalogChar = true;
    if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return originalAddFields.call(this, fields);
};

// 3. Read as text, a `"char"` column reaches the engine as a string, but its schema describer
//    reads pg_constraint.contype with get_expect_char, which panics on anything but a character
//    ("RuntimeError: unreachable" in the wasm engine) as soon as the database holds one CHECK
//    constraint. The columns marked above are reported as characters. performIO and queryRaw
//    are the adapter's (and its transactions') shared query path; the query object links them.
type Queryable = {
  performIO(query: object): Promise<{ fields: FieldDescription[] }>;
  queryRaw(query: object): Promise<{ columnTypes: number[] }>;
};
const charColumns = new WeakMap<object, boolean[]>();
let charactersPatched = false;
function reportCatalogCharsAsCharacters(adapter: object) {
  if (charactersPatched) return;
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as Queryable;
  if (!Object.hasOwn(queryable, "performIO") || !Object.hasOwn(queryable, "queryRaw")) {
    throw new Error("adapter-pg changed: its query path (performIO, queryRaw) is not where prisma/migrate-adapter.ts expects it.");
  }
  const { performIO, queryRaw } = queryable;
  queryable.performIO = async function performIOWithChars(this: Queryable, query: object) {
    const result = await performIO.call(this, query);
    // A result without fields (a script of several statements) has no column to report.
    if (Array.isArray(result?.fields)) charColumns.set(query, result.fields.map((field) => field.catalogChar === true));
    return result;
  };
  queryable.queryRaw = async function queryRawWithChars(this: Queryable, query: object) {
    const result = await queryRaw.call(this, query);
    const chars = charColumns.get(query);
    if (chars) result.columnTypes = result.columnTypes.map((type, i) => (chars[i] ? ColumnTypeEnum.Character : type));
    return result;
  };
  charactersPatched = true;
}

// 2. adapter-pg builds the shadow pool from `{ ...config, database }`, where a connectionString
//    wins over `database`: migrate dev then runs on the main database. It also drops the shadow
//    database while its own pool is still connected.
class ShadowSafePrismaPg extends PrismaPg {
  constructor(private readonly connectionString: string) {
    super({ connectionString });
  }

  override async connect() {
    const adapter = await super.connect();
    reportCatalogCharsAsCharacters(adapter);
    return adapter;
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
