/**
 * The employee's phone's data for the end-to-end tests, written straight into the database (the
 * demo seed's employees belong to other work): an EMPLOYEE account (the demo password), its team
 * and employee record, and jobs of today for that team at a seeded building. Each call makes new
 * ones, so that tests and retries never share a job.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { demoEmail } from "./helpers";

const id = (prefix: string) => `${prefix}${randomUUID().replaceAll("-", "").slice(0, 20)}`;

async function withDb<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

export type PhoneFixture = { email: string; jobs: { id: string; task: string }[] };

export function createPhoneFixture(jobCount = 2): Promise<PhoneFixture> {
  return withDb(async (db) => {
    const suffix = randomUUID().slice(0, 8);
    const email = `salarie-${suffix}@exemple.test`;
    const userId = id("e2euser");
    const teamId = id("e2eteam");
    // The demo accounts' password hash: the employee signs in with DEMO_PASSWORD.
    const { rows: [hash] } = await db.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [demoEmail("resident")]);
    await db.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "privacyConsentAt", "emailVerifiedAt", "updatedAt") VALUES ($1, $2, $3, $4, now(), now(), now())`,
      [userId, email, `Karim Test ${suffix}`, hash.passwordHash],
    );
    await db.query(`INSERT INTO "RoleGrant" (id, "userId", role) VALUES ($1, $2, 'EMPLOYEE')`, [id("e2egrant"), userId]);
    await db.query(`INSERT INTO "Team" (id, name, "updatedAt") VALUES ($1, $2, now())`, [teamId, `Équipe ${suffix}`]);
    await db.query(
      `INSERT INTO "Employee" (id, "userId", name, "contractType", "startsOn", "weeklyHours", "teamId", skills, "updatedAt")
       VALUES ($1, $2, $3, 'CDDI', '2026-01-05', 26, $4, '{}', now())`,
      [id("e2eemp"), userId, `Karim Test ${suffix}`, teamId],
    );
    const { rows: [place] } = await db.query<{ siteId: string; buildingId: string }>(`SELECT "siteId", id AS "buildingId" FROM "Building" ORDER BY name LIMIT 1`);
    const jobs: PhoneFixture["jobs"] = [];
    for (let n = 1; n <= jobCount; n++) {
      const job = { id: id("e2ejob"), task: `Nettoyage du hall ${n} (${suffix})` };
      await db.query(
        `INSERT INTO "WorkOrder" (id, origin, task, "scheduledDate", "startMinutes", status, "assignedAt", "teamId", "siteId", "buildingId", "internalNote", "updatedAt")
         VALUES ($1, 'STAFF', $2, (now() AT TIME ZONE 'Europe/Paris')::date, $3, 'ASSIGNED', now(), $4, $5, $6, 'Clé au local gardien.', now())`,
        [job.id, job.task, 8 * 60 + n * 30, teamId, place.siteId, place.buildingId],
      );
      jobs.push(job);
    }
    return { email, jobs };
  });
}

export function readJob(jobId: string) {
  return withDb(async (db) => {
    const { rows: [job] } = await db.query<{ status: string; photos: number; doneEvents: number; minutes: number | null }>(
      `SELECT w.status,
              (SELECT count(*)::int FROM "WorkOrderPhoto" p WHERE p."workOrderId" = w.id) AS photos,
              (SELECT count(*)::int FROM "WorkOrderEvent" e WHERE e."workOrderId" = w.id AND e."toStatus" = 'DONE') AS "doneEvents",
              (SELECT sum(minutes)::int FROM "TimeEntry" t WHERE t."workOrderId" = w.id) AS minutes
         FROM "WorkOrder" w WHERE w.id = $1`,
      [jobId],
    );
    return job;
  });
}
