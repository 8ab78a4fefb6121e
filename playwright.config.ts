import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { APP_PORT, APP_URL, MAIL_SINK_HTTP_PORT, MAIL_SINK_SMTP_PORT, MAIL_SINK_URL } from "./tests/e2e/support/env";

/**
 * End-to-end tests in Chromium against the production build (`next build` first: scripts/test.mjs
 * does it). The database is DATABASE_URL's, emptied and seeded with the demo data by global setup.
 */
const CI = !!process.env.CI;
const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) throw new Error("Set DATABASE_URL (npm test does): the end-to-end tests empty and seed that database.");

// Playwright's own browser download cannot work here: Debian's Chromium does the job.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  globalSetup: "./tests/e2e/support/global-setup.ts",
  fullyParallel: false,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: APP_URL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
  webServer: [
    {
      name: "mail",
      command: "node tests/e2e/support/mail-sink.mjs",
      url: `${MAIL_SINK_URL}/health`,
      env: { MAIL_SINK_SMTP_PORT: String(MAIL_SINK_SMTP_PORT), MAIL_SINK_HTTP_PORT: String(MAIL_SINK_HTTP_PORT) },
      reuseExistingServer: !CI,
      timeout: 15_000,
    },
    {
      name: "app",
      command: `node node_modules/next/dist/bin/next start -p ${APP_PORT}`,
      url: `${APP_URL}/api/health`,
      env: {
        DATABASE_URL,
        APP_URL,
        // http://localhost on purpose: the production start check would refuse it otherwise.
        // tests/e2e/sessions-secure.spec.ts starts its own server with an https APP_URL.
        ALLOW_INSECURE_HTTP: "1",
        SMTP_URL: `smtp://127.0.0.1:${MAIL_SINK_SMTP_PORT}`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      reuseExistingServer: !CI,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
