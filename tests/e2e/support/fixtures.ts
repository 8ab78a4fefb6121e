/**
 * `test` with one more fixture: `pageAs(key)`, a page in a fresh context already signed in as a
 * demo account. Each worker signs in once per account through the real form and reuses the cookie
 * (a session stays open while used: nothing in these tests ends a demo account's sessions), which keeps
 * the suite well under the sign-in throttle (50 attempts per client per 15 minutes).
 * (Fixture callbacks name their second argument `provide`, not `use`: the React hooks lint rule
 * would take `use(…)` for React's hook.)
 */
import { test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoEmail, signIn, type DemoKey } from "./helpers";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

class SessionCache {
  private readonly states = new Map<DemoKey, Promise<StorageState>>();

  constructor(private readonly browser: Browser, private readonly baseURL: string) {}

  get(key: DemoKey): Promise<StorageState> {
    let state = this.states.get(key);
    if (!state) {
      state = this.signIn(key);
      this.states.set(key, state);
      state.catch(() => this.states.delete(key));
    }
    return state;
  }

  private async signIn(key: DemoKey): Promise<StorageState> {
    const context = await this.browser.newContext({ baseURL: this.baseURL });
    try {
      const page = await context.newPage();
      await signIn(page, demoEmail(key), DEMO_PASSWORD);
      return await context.storageState();
    } finally {
      await context.close();
    }
  }
}

export const test = base.extend<
  { pageAs: (key: DemoKey) => Promise<Page> },
  { sessions: SessionCache }
>({
  sessions: [
    async ({ browser }, provide, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error("baseURL is not configured");
      await provide(new SessionCache(browser, baseURL));
    },
    { scope: "worker" },
  ],
  pageAs: async ({ browser, sessions, contextOptions, baseURL, viewport, locale, timezoneId }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (key) => {
      const context = await browser.newContext({
        ...contextOptions,
        baseURL,
        viewport,
        locale,
        timezoneId,
        storageState: await sessions.get(key),
      });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect } from "@playwright/test";
