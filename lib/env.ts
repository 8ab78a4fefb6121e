/** Where the database is. scripts/db.mjs sets DATABASE_URL for the embedded PostgreSQL too. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm run dev` (embedded database) or set it.");
  return url;
}

/** The portal's public address, used in emailed links. */
export function appUrl(): string {
  return (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
}
