// `npm run dev`: the portal at http://localhost:3000 with demo data, on DATABASE_URL or on an
// embedded PostgreSQL migrated and seeded on first start.
import { spawn } from "node:child_process";
import { ensureDatabase, prisma, root, run } from "./db.mjs";
import path from "node:path";
import { buildServiceWorker } from "./build-service-worker.mjs";

const db = await ensureDatabase({ name: "dev", port: 5433 });
const env = { DATABASE_URL: db.url };
prisma(["generate"], env);
prisma(["migrate", "deploy"], env);
run(path.join(root, "node_modules", ".bin", "tsx"), ["prisma/seed.ts", "--if-empty"], env);

buildServiceWorker({ production: false });
const next = spawn(path.join(root, "node_modules", ".bin", "next"), ["dev", "--port", process.env.PORT ?? "3000"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ...env },
});
const shutdown = async () => {
  next.kill("SIGTERM");
  await db.stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
next.on("exit", async (code) => {
  await db.stop();
  process.exit(code ?? 0);
});
