import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";

// One pool and one client per process; Next's dev server reloads modules, so keep them on globalThis.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient; pool?: pg.Pool };

// PRISMA_LOG_QUERIES=1 prints one "[prisma:query]" line per SQL query (the bench counts them).
const logQueries = process.env.PRISMA_LOG_QUERIES === "1";

const pool = globalForDb.pool ?? new pg.Pool({ connectionString: databaseUrl(), max: 10 });

function createClient() {
  const adapter = new PrismaPg(pool);
  if (logQueries) {
    const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
    client.$on("query", (event) => console.log(`[prisma:query] ${event.duration}ms ${event.query.slice(0, 200).replace(/\s+/g, " ")}`));
    return client;
  }
  return new PrismaClient({ adapter });
}

export const db = globalForDb.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") {
  globalForDb.prisma = db;
  globalForDb.pool = pool;
}

export type Db = typeof db;
/** The client handed to a transaction callback. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Named statements: PostgreSQL plans an unnamed statement again on every request (6–7 ms for the
 * team's week on the bench's data), while a named one is prepared once per connection and, after
 * a few runs, executed on its cached plan. The name is a digest of the text, whose values are
 * always parameters, so the texts are the code's own (a few per page); past MAX_NAMED distinct
 * texts (a list whose length varies, say) statements go unnamed, so neither this map nor the
 * connections' prepared statements grow without bound.
 */
const MAX_NAMED = 500;
const statementNames = new Map<string, string>();

function statementName(text: string): string | undefined {
  const known = statementNames.get(text);
  if (known || statementNames.size >= MAX_NAMED) return known;
  const name = `q${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
  statementNames.set(text, name);
  return name;
}

/**
 * A read built with Prisma.sql, run on Prisma's own pool without its client engine. For the
 * statements every signed-in page runs (the actor, the queue, a resident's reports): Prisma 6
 * passes even a raw query through its engine, about 0.3 ms of CPU each on this machine, against a
 * few microseconds here. Reads only: writes go through Prisma (transactions, audit).
 */
export async function readRows<T>(query: Prisma.Sql): Promise<T[]> {
  const started = performance.now();
  const name = statementName(query.text);
  const { rows } = await pool.query(name ? { name, text: query.text, values: query.values } : { text: query.text, values: query.values });
  if (logQueries) console.log(`[prisma:query] ${(performance.now() - started).toFixed(1)}ms ${query.text.slice(0, 200).replace(/\s+/g, " ")}`);
  return rows as T[];
}

/**
 * A page of rows and their count in one statement (one round trip). `count` selects an integer
 * column `total`; `page` selects the rows with an `ord` column (their position, as
 * `row_number() OVER (ORDER BY …)` with the page's own order), which orders the result. The count
 * comes back even when the page is empty.
 */
export async function readCountedPage<T>(count: Prisma.Sql, page: Prisma.Sql): Promise<{ total: number; rows: T[] }> {
  const rows = await readRows<T & { total: number; ord: string | null }>(Prisma.sql`
    WITH counted AS (${count}), page AS (${page})
    SELECT counted.total, page.* FROM counted LEFT JOIN page ON true ORDER BY page.ord`);
  return { total: rows[0]?.total ?? 0, rows: rows.filter((row) => row.ord !== null) };
}
