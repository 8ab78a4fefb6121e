/**
 * A finished job of the demo contract HB-2026-031 (prisma/seed-partner-work.ts), written straight
 * into the database: waiting for the landlord's validation, optionally made from a new report of
 * the demo resident and with an "after" photo, whose file goes where the app stores uploads.
 * For the partner's journeys (partner-work.spec.ts) and the axe checks of a job with its photos.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import sharp from "sharp";

export const CONTRACT = "HB-2026-031";
const id = (prefix: string) => `${prefix}${randomUUID().replaceAll("-", "").slice(0, 16)}`;

/** A DONE job under the demo contract's first line, optionally made from a new report and with an "after" photo. */
export async function doneJob(options: { fromReport?: boolean; photo?: boolean }) {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const { rows: [line] } = await db.query<{ id: string; contractId: string; partnerId: string; siteId: string; areaId: string }>(
      `SELECT l.id, c.id AS "contractId", c."partnerId", ls."siteId", s."areaId" FROM "ContractLine" l JOIN "Contract" c ON c.id = l."contractId"
       JOIN "ContractLineSite" ls ON ls."lineId" = l.id JOIN "Site" s ON s.id = ls."siteId" WHERE c.reference = $1 ORDER BY l."sortOrder" LIMIT 1`,
      [CONTRACT],
    );
    let report: { id: string; number: number } | null = null;
    if (options.fromReport) {
      const { rows: [category] } = await db.query<{ id: string }>(`SELECT id FROM "ReportCategory" WHERE active ORDER BY "sortOrder" LIMIT 1`);
      const { rows: [author] } = await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'resident@demo.quartier.test'`);
      const { rows } = await db.query<{ id: string; number: number }>(
        `INSERT INTO "Report" (id, "categoryId", description, "areaId", "siteId", "enteredById", "authorId", visibility, status, "updatedAt")
         VALUES ($1, $2, 'Hall très sale après le déménagement du 3e étage.', $3, $4, $5, $5, 'PUBLIC', 'PLANNED', now()) RETURNING id, number`,
        [id("e2erep"), category.id, line.areaId, line.siteId, author.id],
      );
      report = rows[0];
    }
    const { rows: [job] } = await db.query<{ id: string; number: number }>(
      `INSERT INTO "WorkOrder" (id, origin, "contractId", "contractLineId", "partnerId", "siteId", "reportId", task, "scheduledDate", status, "doneAt", "internalNote", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'Nettoyage du hall après déménagement', current_date, 'DONE', now(), 'Note interne e2e', now()) RETURNING id, number`,
      [id("e2ejob"), report ? "REPORT" : "SCHEDULE", line.contractId, line.id, line.partnerId, line.siteId, report?.id ?? null],
    );
    if (options.photo) {
      const key = `${randomBytes(16).toString("hex")}.jpg`;
      const image = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 40, g: 140, b: 90 } } }).jpeg().toBuffer();
      const folder = path.join(process.env.UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads"), key.slice(0, 2));
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, key), image);
      await db.query(
        `INSERT INTO "WorkOrderPhoto" (id, "workOrderId", kind, "storageKey", mime, width, height, bytes) VALUES ($1, $2, 'AFTER', $3, 'image/jpeg', 320, 240, $4)`,
        [id("e2epho"), job.id, key, image.length],
      );
    }
    return { job, report };
  } finally {
    await db.end();
  }
}
