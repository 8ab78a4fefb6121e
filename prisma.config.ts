import { defineConfig } from "prisma/config";
import { migrateAdapter } from "./prisma/migrate-adapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  adapter: async () => migrateAdapter(),
});
