import "server-only";
import { after } from "next/server";
import { sendQueuedMails } from "@/lib/mail/outbox";

/**
 * Sends committed outbox mails once the response has left (Next's `after`), so that how long the
 * mail server takes never shows in the answer: the sign-up and password-reset forms answer the
 * same, in the same time, whether or not an account exists. Outside a request (scripts, the
 * retention job) the mails are sent in the background. The outbox worker retries any that fail.
 */
export function sendAfterResponse(ids: readonly string[]) {
  if (ids.length === 0) return;
  const send = async () => {
    await sendQueuedMails(ids);
  };
  try {
    after(send);
  } catch {
    void send().catch((error) => console.error("[mail] sending after commit failed", error));
  }
}
