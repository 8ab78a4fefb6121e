import "server-only";
import { expireEndedContracts } from "@/lib/contracts/commands/expiry";
import { generateWorkOrders } from "@/lib/work-orders/commands/generate";
import type { DailyJob } from "@/lib/scheduling/daily-job";

/**
 * The Régie's work, once a day, without anyone pressing a button: contracts past their end
 * expire, then the running contracts' schedules are generated for the coming weeks (the default
 * window, as the staff's button does). Both are idempotent.
 */
export async function runDailyWork(now = new Date()) {
  const contractsExpired = await expireEndedContracts(now);
  const generated = await generateWorkOrders({ actor: null }, {}, now);
  return { contractsExpired, jobsCreated: generated.created, lines: generated.lines, until: generated.to };
}

export const dailyWorkJob: DailyJob<Awaited<ReturnType<typeof runDailyWork>>> = { name: "travaux", lockKey: 7_231_903, run: runDailyWork };
