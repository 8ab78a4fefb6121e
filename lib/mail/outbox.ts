import "server-only";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sendMail, type Mail } from "@/lib/mail/send-mail";

/**
 * The emails the portal owes people (a transactional outbox). A change writes its mails in its own
 * transaction, so a mail exists exactly when the change committed; the caller sends them right
 * after the commit (`sendQueuedMails`), and the worker (instrumentation.ts) retries, with a growing
 * delay, those the mail server could not take then (`sendDueMails`).
 *
 * Every attempt first claims its row: the claim counts the attempt and moves `nextAttemptAt` to the
 * retry time in one guarded UPDATE, so two senders (the request and the worker, or two processes)
 * never send the same mail twice, and a process that dies mid-send leaves a mail that is retried.
 */

export type QueuedMail = Mail & {
  notificationId?: string;
  /** The account it is written for: deleting the account deletes the mail, the export lists it. */
  userId?: string;
  /** It carries a single-use link: its body is erased once sent or given up. */
  purgeBodyWhenSent?: boolean;
};

/** Delays before the 2nd, 3rd… attempt: about a day of retries in all, then the mail is given up. */
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 180, 360, 720] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

type Claimed = { id: string; to: string; subject: string; text: string; calendar: string | null; attempts: number; purgeBodyWhenSent: boolean };

export async function queueMails(tx: Tx, mails: readonly QueuedMail[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const rows = await tx.outboundMail.createManyAndReturn({
    data: mails.map(({ to, subject, text, calendar, notificationId, userId, purgeBodyWhenSent }) => ({
      to,
      subject,
      text,
      calendar,
      notificationId,
      userId,
      purgeBodyWhenSent: purgeBodyWhenSent ?? false,
    })),
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** Sends these queued mails now (the caller's transaction has committed). Never throws. */
export async function sendQueuedMails(ids: readonly string[]): Promise<SendOutcome> {
  if (ids.length === 0) return { sent: 0, failed: 0 };
  return sendClaimed(await claim(Prisma.sql`"id" IN (${Prisma.join(ids)})`, ids.length));
}

/** The worker's pass: sends up to `limit` pending mails whose next attempt is due. */
export async function sendDueMails(limit = 50): Promise<SendOutcome> {
  return sendClaimed(await claim(Prisma.sql`true`, limit));
}

export type SendOutcome = { sent: number; failed: number };

/**
 * Claims pending, due mails among `filter`: a claimed row has one attempt more and its next attempt
 * set to when it would be retried, so no one else picks it meanwhile. SKIP LOCKED: rows another
 * sender is claiming right now are left to it.
 */
async function claim(filter: Prisma.Sql, limit: number): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboundMail" AS m
    SET "attempts" = m."attempts" + 1,
        "nextAttemptAt" = now() + coalesce((${[...RETRY_DELAYS_MINUTES]}::int[])[m."attempts" + 1], ${RETRY_DELAYS_MINUTES.at(-1)}::int) * interval '1 minute'
    WHERE m."id" IN (
      SELECT "id" FROM "OutboundMail"
      WHERE "sentAt" IS NULL AND "failedAt" IS NULL AND "nextAttemptAt" <= now() AND ${filter}
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING m."id", m."to", m."subject", m."text", m."calendar", m."attempts", m."purgeBodyWhenSent"`;
}

async function sendClaimed(mails: Claimed[]): Promise<SendOutcome> {
  let sent = 0;
  for (const mail of mails) {
    try {
      await sendMail({ to: mail.to, subject: mail.subject, text: mail.text, calendar: mail.calendar ?? undefined });
    } catch (error) {
      await recordFailure(mail, error);
      continue;
    }
    sent++;
    await record(mail.id, { sentAt: new Date(), lastError: null, ...purged(mail) });
  }
  return { sent, failed: mails.length - sent };
}

async function recordFailure(mail: Claimed, error: unknown) {
  const message = describe(error);
  const givenUp = isPermanent(error) || mail.attempts >= MAX_ATTEMPTS;
  console.error(`[mail] "${mail.subject}" to ${mail.to}: attempt ${mail.attempts} failed${givenUp ? ", given up" : ", will be retried"}: ${message}`);
  await record(mail.id, { lastError: message, ...(givenUp ? { failedAt: new Date(), ...purged(mail) } : {}) });
}

/** A link that worked once must not stay readable in the database once the mail is done with. */
function purged(mail: Claimed): Prisma.OutboundMailUpdateInput {
  return mail.purgeBodyWhenSent ? { text: "", calendar: null, bodyPurgedAt: new Date() } : {};
}

/** Bookkeeping after the mail left or failed; its failure is logged, never thrown at the sender. */
async function record(id: string, data: Prisma.OutboundMailUpdateInput) {
  try {
    await db.outboundMail.update({ where: { id }, data });
  } catch (error) {
    console.error(`[mail] outbox row ${id} not updated`, error);
  }
}

/** An SMTP 5xx answer ("no such mailbox") will not change by retrying; a 4xx or a network error may. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}
