import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Unit and integration tests (tests/e2e is Playwright's). Integration tests run against a real
 * PostgreSQL named by DATABASE_URL, which they truncate: `npm test -- unit` starts an embedded one.
 */
if (!process.env.DATABASE_URL) {
  throw new Error(
    "DATABASE_URL is not set. Run `npm test -- unit` (embedded PostgreSQL), or point DATABASE_URL at a " +
      "throwaway test database (its tables are truncated) after `npx prisma migrate deploy`.",
  );
}

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // Throws outside a React server build; the tests are the server here.
      { find: /^server-only$/, replacement: path.join(root, "tests/helpers/server-only.ts") },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    // One shared database: files run one after the other.
    fileParallelism: false,
    setupFiles: ["tests/helpers/setup.ts"],
    // Argon2 hashing and real SQL: slower than pure unit tests.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
