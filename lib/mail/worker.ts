import "server-only";
import { sendDueMails } from "@/lib/mail/outbox";

/**
 * Retries the outbox's due mails in the server process, once a minute by default
 * (MAIL_RETRY_INTERVAL_MS). One pass at a time; a failed pass (database unreachable) is logged and
 * the next one tries again. Several server processes may each run one: claims keep a mail single.
 */
const globalForWorker = globalThis as unknown as { mailWorker?: NodeJS.Timeout };

export function startMailWorker(intervalMs = Number(process.env.MAIL_RETRY_INTERVAL_MS) || 60_000) {
  if (globalForWorker.mailWorker) return;
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await sendDueMails();
    } catch (error) {
      console.error("[mail] outbox pass failed", error);
    } finally {
      running = false;
    }
  }, intervalMs);
  // A timer alone must not keep a process alive (tests, scripts, a server shutting down).
  timer.unref();
  globalForWorker.mailWorker = timer;
}

export function stopMailWorker() {
  clearInterval(globalForWorker.mailWorker);
  globalForWorker.mailWorker = undefined;
}
