import "server-only";
import { expireEndedContracts } from "@/lib/contracts/commands/expiry";
import { generateWorkOrders } from "@/lib/work-orders/commands/generate";
import { remindLapsedMembers } from "@/lib/membership/reminders";
import { remindTomorrowsVolunteers } from "@/lib/volunteering/commands/reminders";
import type { DailyJob } from "@/lib/scheduling/daily-job";

/**
 * The Régie's work, once a day, without anyone pressing a button: contracts past their end
 * expire, then the running contracts' schedules are generated for the coming weeks (the default
 * window, as the staff's button does); lapsed members and tomorrow's volunteers are reminded. All are idempotent.
 */
export async function runDailyWork(now = new Date()) {
  const contractsExpired = await expireEndedContracts(now);
  const generated = await generateWorkOrders({ actor: null }, {}, now);
  // The association's reminders: lapsed members once, tomorrow's volunteers once (both idempotent).
  const lapsedReminded = await remindLapsedMembers(now);
  const volunteersReminded = await remindTomorrowsVolunteers(now);
  return { contractsExpired, jobsCreated: generated.created, lines: generated.lines, until: generated.to, lapsedReminded, volunteersReminded };
}

export const dailyWorkJob: DailyJob<Awaited<ReturnType<typeof runDailyWork>>> = { name: "travaux", lockKey: 7_231_903, run: runDailyWork };
