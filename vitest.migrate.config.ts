import { defineConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * `npx vitest run --config vitest.migrate.config.ts`: the `prisma migrate dev` check of
 * prisma/migrate-adapter.ts. It needs a PostgreSQL server that can create databases and connect
 * to them by name (DATABASE_URL): the embedded PGlite serves a single database, so this check is
 * kept out of the default suite (vitest.config.ts) that `npm test` also runs on PGlite.
 */
export default defineConfig({
  resolve: base.resolve,
  test: {
    environment: "node",
    include: ["tests/migrations/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 400_000,
    hookTimeout: 60_000,
  },
});
