/**
 * `after()` of `next/server` as the tests see it (mocked in setup.ts): the tasks a request leaves
 * for after its response (the outbox mails of sign-up, password reset, address confirmation) wait
 * here until the test runs them, as Next.js would once the response has left.
 */
type Task = () => unknown;
const pending: Task[] = [];

export const afterMock = (task: Task | Promise<unknown>) => {
  pending.push(typeof task === "function" ? task : () => task);
};

/** How many tasks the request left for after its response. */
export function pendingAfterResponse(): number {
  return pending.length;
}

/** Runs what the request left for after its response, as Next.js does once the response has left. */
export async function runAfterResponse() {
  while (pending.length) await pending.shift()!();
}

export function clearAfterResponse() {
  pending.length = 0;
}
