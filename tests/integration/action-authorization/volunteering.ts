import type { GuardedCase } from "./shared";

/** The volunteering actions' callers to refuse, and a valid input (see shared.ts). */
export const cases: Record<string, GuardedCase> = {};
