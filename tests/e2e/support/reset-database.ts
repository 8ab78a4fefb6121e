/**
 * Empties every table of the portal and seeds the demo data (prisma/seed.ts), for the end-to-end
 * tests. Run by global-setup.ts with tsx, in its own process: the generated Prisma client is an ES
 * module (`import.meta`), which Playwright's CommonJS transform of TypeScript files cannot load.
 *
 *   DATABASE_URL=… npx tsx tests/e2e/support/reset-database.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import { seed } from "../../../prisma/seed";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The table of every model of the schema folder prisma/schema/ (its @@map name if it has one). */
function modelTables(): string[] {
  const folder = path.join(ROOT, "prisma", "schema");
  const files = readdirSync(folder).filter((name) => name.endsWith(".prisma"));
  const schema = files.map((name) => readFileSync(path.join(folder, name), "utf8")).join("\n");
  return [...schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)].map(([, name, body]) => body.match(/@@map\("([^"]+)"\)/)?.[1] ?? name);
}

/** The sign-in throttle's counters (rate-limiter-flexible's table), whether the schema declares it or not. */
const EXTRA_TABLES = ["RateLimit"];

async function main() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: the end-to-end tests need the portal's database.");
  const tables = [...new Set([...modelTables(), ...EXTRA_TABLES])];
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    // TRUNCATE fires no row trigger: the append-only AuditLog (BEFORE UPDATE OR DELETE) allows it.
    await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
    await seed(db);
    console.info(`[e2e] database reset: ${tables.length} tables emptied, demo data seeded.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
