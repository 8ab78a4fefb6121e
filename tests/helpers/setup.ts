/**
 * Runs before every test file (vitest.config.ts setupFiles): a fake request for `next/headers`,
 * recorded revalidation for `next/cache`, `after()` of `next/server` held until the test runs it, and a real SMTP server catching the portal's mail.
 * `next/navigation` stays real: redirect() throws its NEXT_REDIRECT error (see expectRedirect).
 */
import { afterAll, beforeAll, beforeEach, vi } from "vitest";
import { clearInbox, startMailCapture, stopMailCapture } from "./mail";
import { resetRequest } from "./request";

vi.mock("next/headers", async () => (await import("./request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./next-cache")).nextCacheMock);
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (await import("./after-response")).afterMock,
}));

beforeAll(startMailCapture);
afterAll(stopMailCapture);

beforeEach(async () => {
  resetRequest();
  clearInbox();
  (await import("./after-response")).clearAfterResponse();
  const { nextCacheMock } = await import("./next-cache");
  nextCacheMock.revalidatePath.mockClear();
  nextCacheMock.revalidateTag.mockClear();
  nextCacheMock.updateTag.mockClear();
  nextCacheMock.refresh.mockClear();
});
