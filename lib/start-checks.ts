import { readRoutesManifest } from "@/lib/routes-manifest";
import { hstsMissingProblem, insecureOriginProblem } from "@/lib/secure-origin";

/**
 * Stops the server process when it must not serve (lib/secure-origin.ts). Exit, not throw: Next
 * 16.4 logs an error thrown by instrumentation's register() and goes on serving.
 * tests/e2e/sessions-secure.spec.ts starts the built server to check that it stops.
 */
export function runStartChecks() {
  const problem = insecureOriginProblem(process.env) ?? hstsMissingProblem(process.env, readRoutesManifest());
  if (!problem) return;
  console.error(`\n[quartier] ${problem}\n`);
  process.exit(1);
}
