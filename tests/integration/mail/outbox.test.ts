/**
 * The outbox: a mail exists only if its change committed, leaves once, is retried while the mail
 * server says "try later", and is given up when refused for good or after its last attempt.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { register } from "@/instrumentation";
import { listUndeliveredMails } from "@/lib/mail/queries";
import { stopMailWorker } from "@/lib/mail/worker";
import { eraseAccount } from "@/lib/people/delete-account";
import { stopDailyJobs } from "@/lib/scheduling/daily-job";
import { MAX_ATTEMPTS, RETRY_DELAYS_MINUTES, queueMails, sendDueMails, sendQueuedMails } from "@/lib/mail/outbox";
import { resetDatabase } from "../../helpers/database";
import { createUser } from "../../helpers/factories";
import { acceptMailTo, allMails, deferMailTo, mailsTo, refuseMailTo } from "../../helpers/mail";

const mail = (to: string, subject = "Votre signalement n° 12") => ({ to, subject, text: "Bonjour,\n\nIl avance.\n" });

async function queue(...mails: ReturnType<typeof mail>[]) {
  return db.$transaction((tx) => queueMails(tx, mails));
}

/** Makes every pending mail due now, as if its retry delay had passed. */
const timePasses = () => db.outboundMail.updateMany({ where: { sentAt: null, failedAt: null }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

const row = (id: string) => db.outboundMail.findUniqueOrThrow({ where: { id } });

beforeEach(async () => {
  await resetDatabase();
  vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("queueMails", () => {
  it("writes nothing when the change it belongs to is rolled back", async () => {
    const change = db.$transaction(async (tx) => {
      expect(await queueMails(tx, [mail("amina@exemple.test")])).toHaveLength(1);
      throw new Error("the change failed after queuing its mail");
    });

    await expect(change).rejects.toThrow("the change failed");
    expect(await db.outboundMail.count()).toBe(0);
    expect(await sendDueMails()).toEqual({ sent: 0, failed: 0 });
    expect(allMails()).toHaveLength(0);
  });
});

describe("sendQueuedMails", () => {
  it("sends the mails right after the commit and records it", async () => {
    const ids = await queue(mail("amina@exemple.test"), mail("yves@exemple.test", "Le signalement n° 12 que vous suivez"));

    expect(await sendQueuedMails(ids)).toEqual({ sent: 2, failed: 0 });

    expect(mailsTo("amina@exemple.test").map((m) => m.subject)).toEqual(["Votre signalement n° 12"]);
    expect(mailsTo("yves@exemple.test").map((m) => m.subject)).toEqual(["Le signalement n° 12 que vous suivez"]);
    for (const id of ids) {
      const sent = await row(id);
      expect(sent).toMatchObject({ attempts: 1, lastError: null, failedAt: null });
      expect(sent.sentAt).toBeInstanceOf(Date);
    }
  });

  it("sends only the mails it is given, and a sent mail never twice", async () => {
    const [mine] = await queue(mail("amina@exemple.test"));
    const [other] = await queue(mail("yves@exemple.test"));

    await sendQueuedMails([mine]);
    await sendQueuedMails([mine]);
    await sendDueMails();

    expect(mailsTo("amina@exemple.test")).toHaveLength(1);
    expect(mailsTo("yves@exemple.test")).toHaveLength(1);
    expect((await row(other)).sentAt).toBeInstanceOf(Date);
  });

  it("sends a mail once when the request and the worker try at the same moment", async () => {
    const ids = await queue(mail("amina@exemple.test"), mail("yves@exemple.test"), mail("ines@exemple.test"));

    const outcomes = await Promise.all([sendQueuedMails(ids), sendDueMails(), sendDueMails()]);

    expect(outcomes.reduce((sum, o) => sum + o.sent, 0)).toBe(3);
    expect(allMails().map((m) => m.to[0]).sort()).toEqual(["amina@exemple.test", "ines@exemple.test", "yves@exemple.test"]);
    expect(await db.outboundMail.count({ where: { attempts: 1, sentAt: { not: null } } })).toBe(3);
  });
});

describe("when the mail server says « try later »", () => {
  it("keeps the mail, retries it after the delay, and sends it once the server takes it", async () => {
    deferMailTo("amina@exemple.test");
    const [id] = await queue(mail("amina@exemple.test"));
    const before = Date.now();

    expect(await sendQueuedMails([id])).toEqual({ sent: 0, failed: 1 });

    const deferred = await row(id);
    expect(deferred).toMatchObject({ attempts: 1, sentAt: null, failedAt: null, lastError: expect.stringContaining("451") });
    const delay = deferred.nextAttemptAt.getTime() - before;
    expect(delay).toBeGreaterThan(RETRY_DELAYS_MINUTES[0] * 60_000 - 5_000);
    expect(delay).toBeLessThan(RETRY_DELAYS_MINUTES[0] * 60_000 + 5_000);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("attempt 1 failed, will be retried"));

    // Not due yet: the worker leaves it.
    expect(await sendDueMails()).toEqual({ sent: 0, failed: 0 });

    await timePasses();
    acceptMailTo("amina@exemple.test");
    expect(await sendDueMails()).toEqual({ sent: 1, failed: 0 });

    expect(mailsTo("amina@exemple.test")).toHaveLength(1);
    const sent = await row(id);
    expect(sent).toMatchObject({ attempts: 2, lastError: null, failedAt: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
  });

  it("waits longer after each failure and gives up after the last attempt", async () => {
    deferMailTo("amina@exemple.test");
    const [id] = await queue(mail("amina@exemple.test"));

    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const started = Date.now();
      expect(await sendDueMails()).toEqual({ sent: 0, failed: 1 });
      const after = await row(id);
      expect(after.attempts).toBe(attempt);
      delays.push(Math.round((after.nextAttemptAt.getTime() - started) / 60_000));
      await timePasses();
    }

    expect(delays.slice(0, RETRY_DELAYS_MINUTES.length)).toEqual([...RETRY_DELAYS_MINUTES]);
    const givenUp = await row(id);
    expect(givenUp.failedAt).toBeInstanceOf(Date);
    expect(givenUp.sentAt).toBeNull();
    acceptMailTo("amina@exemple.test");
    expect(await sendDueMails()).toEqual({ sent: 0, failed: 0 });
    expect(allMails()).toHaveLength(0);
  });
});

describe("when the mail server refuses for good", () => {
  it("gives the mail up at once and does not retry it", async () => {
    refuseMailTo("inconnu@exemple.test");
    const [refused, fine] = await queue(mail("inconnu@exemple.test"), mail("amina@exemple.test"));

    expect(await sendQueuedMails([refused, fine])).toEqual({ sent: 1, failed: 1 });

    const givenUp = await row(refused);
    expect(givenUp).toMatchObject({ attempts: 1, sentAt: null, lastError: expect.stringContaining("550") });
    expect(givenUp.failedAt).toBeInstanceOf(Date);
    await timePasses();
    expect(await sendDueMails()).toEqual({ sent: 0, failed: 0 });
    expect(mailsTo("amina@exemple.test")).toHaveLength(1);
  });
});

describe("a notification's email", () => {
  it("is cancelled with its notification, when the account is deleted before it could leave", async () => {
    const person = await createUser({ email: "amina@exemple.test" });
    deferMailTo(person.email);
    const id = await db.$transaction(async (tx) => {
      const notification = await tx.notification.create({ data: { userId: person.id, kind: "REPORT_STATUS", text: "Le signalement n° 12 avance." } });
      return (await queueMails(tx, [{ ...mail(person.email), notificationId: notification.id }]))[0];
    });
    await sendQueuedMails([id]);
    expect((await row(id)).sentAt).toBeNull();

    await eraseAccount({}, { userId: person.id, reason: "request" });
    await timePasses();
    acceptMailTo(person.email);

    expect(await db.outboundMail.count()).toBe(0);
    expect(await sendDueMails()).toEqual({ sent: 0, failed: 0 });
    expect(allMails()).toHaveLength(0);
  });
});

describe("the retry worker", () => {
  afterEach(() => {
    stopMailWorker();
    // instrumentation.ts also starts the daily jobs' timers: they must not run against the test database.
    stopDailyJobs();
    delete process.env.NEXT_RUNTIME;
    process.env.MAIL_RETRY_INTERVAL_MS = previousInterval;
  });
  const previousInterval = process.env.MAIL_RETRY_INTERVAL_MS;

  it("is started by the server's instrumentation and sends the due mails on its own", async () => {
    deferMailTo("amina@exemple.test");
    const [id] = await queue(mail("amina@exemple.test"));
    await sendQueuedMails([id]);
    acceptMailTo("amina@exemple.test");
    await timePasses();
    process.env.NEXT_RUNTIME = "nodejs";
    process.env.MAIL_RETRY_INTERVAL_MS = "50";

    await register();

    await vi.waitFor(() => expect(mailsTo("amina@exemple.test")).toHaveLength(1), { timeout: 5_000, interval: 50 });
    await vi.waitFor(async () => expect((await row(id)).sentAt).toBeInstanceOf(Date), { timeout: 5_000, interval: 50 });
  });

  it("is not started outside the Node.js server", async () => {
    const [id] = await queue(mail("amina@exemple.test"));
    process.env.NEXT_RUNTIME = "edge";
    process.env.MAIL_RETRY_INTERVAL_MS = "50";

    await register();
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(allMails()).toHaveLength(0);
    expect((await row(id)).attempts).toBe(0);
  });
});

describe("listUndeliveredMails (staff's figures page)", () => {
  it("lists the mails given up or waiting for a retry in the last 30 days, newest first, not the sent or untried ones", async () => {
    refuseMailTo("inconnu@exemple.test");
    deferMailTo("plein@exemple.test");
    const [givenUp, deferred, sent, old] = await queue(mail("inconnu@exemple.test"), mail("plein@exemple.test"), mail("amina@exemple.test"), mail("ancien@exemple.test"));
    await sendQueuedMails([givenUp, deferred, sent]);
    await queue(mail("pas-encore@exemple.test"));
    await db.outboundMail.update({ where: { id: old }, data: { createdAt: new Date(Date.now() - 31 * 24 * 3600 * 1000), attempts: 3, failedAt: new Date() } });
    await db.outboundMail.update({ where: { id: givenUp }, data: { createdAt: new Date(Date.now() - 60_000) } });

    const { total, mails } = await listUndeliveredMails();

    expect(total).toBe(2);
    expect(mails.map((m) => m.to)).toEqual(["plein@exemple.test", "inconnu@exemple.test"]);
    expect(mails[0]).toMatchObject({ attempts: 1, failedAt: null, lastError: expect.stringContaining("451") });
    expect(mails[1].failedAt).toBeInstanceOf(Date);
    expect((await listUndeliveredMails(1)).mails).toHaveLength(1);
  });
});
