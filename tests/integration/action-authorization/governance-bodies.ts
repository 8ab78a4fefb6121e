import type { GuardedCase } from "./shared";

/** The governance-bodies actions' callers to refuse, and a valid input (see shared.ts). */
export const cases: Record<string, GuardedCase> = {};
