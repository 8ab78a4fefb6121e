/**
 * `prisma migrate dev` works with the workarounds of prisma/migrate-adapter.ts (Prisma 6.19's
 * adapter-based migrations: catalog types `name`/`"char"`, and a shadow database that must not be
 * the main one and must be dropped afterwards). Delete the workarounds one at a time: if this
 * still passes, the one removed is no longer needed.
 *
 * Runs on a scratch database of the server named by DATABASE_URL, with a copy of prisma/ in a
 * temporary folder, so the project's migrations are never touched. Run it with
 * `npx vitest run --config vitest.migrate.config.ts` (a real PostgreSQL server is needed).
 *
 * Known upstream limit, not covered here: the very first `migrate dev` on an EMPTY database
 * applies the migrations and then fails in evaluateDataLoss with "PostgreSQL shadow DB must be
 * provided through an external factory" (the wasm schema engine bypasses the adapter there). The
 * project's databases are always created with `migrate deploy` (scripts/db.mjs), as done below.
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PRISMA = path.join(ROOT, "node_modules", ".bin", "prisma");
const SHADOW_PREFIX = "prisma_migrate_shadow_db_";

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("DATABASE_URL must name a PostgreSQL server for the migrate dev check.");

const scratchName = `quartier_migrate_test_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
const scratchUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${scratchName}`;
  return url.toString();
})();
const workDir = path.join(ROOT, ".data", `migrate-dev-${scratchName}`);

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const databases = () =>
  withClient(serverUrl, async (c) => (await c.query<{ datname: string }>("SELECT datname FROM pg_database")).rows.map((r) => r.datname));
const shadowDatabases = async () => (await databases()).filter((name) => name.startsWith(SHADOW_PREFIX));

/** Runs the Prisma CLI in the temporary copy, against the scratch database. */
function prisma(...args: string[]) {
  const result = spawnSync(PRISMA, args, {
    cwd: workDir,
    encoding: "utf8",
    timeout: 150_000,
    env: { ...process.env, DATABASE_URL: scratchUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", CI: "1" },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function migrationDirs() {
  return readdirSync(path.join(workDir, "prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

let shadowsBefore: string[] = [];

beforeAll(async () => {
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE "${scratchName}"`));
  // PGlite's socket server accepts CREATE DATABASE but connects every name to its one database.
  const landedIn = await withClient(scratchUrl, async (c) => (await c.query<{ db: string }>("SELECT current_database() AS db")).rows[0].db);
  if (landedIn !== scratchName) {
    throw new Error(
      `This server connected "${scratchName}" to "${landedIn}": it cannot host separate databases (PGlite?). ` +
        "The migrate dev check needs a real PostgreSQL server in DATABASE_URL.",
    );
  }
  shadowsBefore = await shadowDatabases();

  // A copy of prisma/ and of the config, whose adapter is the project's own migrate-adapter.ts.
  mkdirSync(workDir, { recursive: true });
  cpSync(path.join(ROOT, "prisma", "schema"), path.join(workDir, "prisma", "schema"), { recursive: true });
  cpSync(path.join(ROOT, "prisma", "migrations"), path.join(workDir, "prisma", "migrations"), { recursive: true });
  const config = readFileSync(path.join(ROOT, "prisma.config.ts"), "utf8");
  const adapterImport = `"${path.join(ROOT, "prisma", "migrate-adapter")}"`;
  const copied = config.replace(/["']\.\/prisma\/migrate-adapter(\.ts)?["']/, adapterImport);
  if (!copied.includes(adapterImport)) throw new Error("prisma.config.ts no longer imports ./prisma/migrate-adapter: update this test.");
  writeFileSync(path.join(workDir, "prisma.config.ts"), copied);
});

afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`));
});

describe("prisma migrate dev with the project's migrate adapter", () => {
  it("finds the schema and the migrations in sync, creates a migration for a change, and cleans up", async () => {
    const projectMigrations = migrationDirs();

    const deploy = prisma("migrate", "deploy");
    expect(deploy.status, deploy.output).toBe(0);

    // 1. No change: the schema says exactly what the migrations build (no drift, no new migration).
    const first = prisma("migrate", "dev", "--skip-generate", "--skip-seed");
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain("Already in sync");
    expect(migrationDirs()).toEqual(projectMigrations);

    // 2. A trivial change: one migration with just that change, applied to the scratch database.
    //    A new file of the schema folder, as a new domain would add.
    writeFileSync(path.join(workDir, "prisma", "schema", "probe.prisma"), `model MigrateDevProbe {\n  id    String @id\n  label String?\n}\n`);
    const second = prisma("migrate", "dev", "--name", "probe", "--skip-generate", "--skip-seed");
    expect(second.status, second.output).toBe(0);
    const created = migrationDirs().filter((name) => !projectMigrations.includes(name));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatch(/^\d{14}_probe$/);
    const sql = readFileSync(path.join(workDir, "prisma", "migrations", created[0], "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "MigrateDevProbe"');
    expect(sql).not.toMatch(/\bDROP\b/i);

    // 3. And again: nothing left to do.
    const third = prisma("migrate", "dev", "--skip-generate", "--skip-seed");
    expect(third.status, third.output).toBe(0);
    expect(third.output).toContain("Already in sync");

    const applied = await withClient(scratchUrl, async (c) =>
      (await c.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`)).rows.map(
        (r) => r.migration_name,
      ),
    );
    expect(applied).toEqual([...projectMigrations, created[0]]);
    const probeTable = await withClient(scratchUrl, async (c) => (await c.query(`SELECT to_regclass('"MigrateDevProbe"') AS t`)).rows[0].t);
    expect(probeTable).toBe('"MigrateDevProbe"');

    // The project's own migrations folder is untouched, and no shadow database is left behind.
    expect(existsSync(path.join(ROOT, "prisma", "migrations", created[0]))).toBe(false);
    expect((await shadowDatabases()).filter((name) => !shadowsBefore.includes(name))).toEqual([]);
  });
});
