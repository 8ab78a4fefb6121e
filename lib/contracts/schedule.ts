import { RRule, Frequency, type Options } from "rrule";
import { toDay } from "@/lib/core/calendar";

/**
 * A contract line's recurring schedule: an RFC 5545 rule without DTSTART ("FREQ=WEEKLY;BYDAY=MO,TH"),
 * read by `rrule` from the contract's first day to its last. Jobs are days, not instants: every date
 * here is a calendar day at 00:00 UTC (a PostgreSQL `date`), so no time zone moves a job to the day
 * before. Pure: no database, usable in forms (a preview) and in the generation of jobs.
 */

/** Work is planned by the day at most: an hourly rule would make thousands of jobs. */
const ALLOWED_FREQUENCIES = new Set<Frequency>([Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY]);
/** Parts a day-level rule may use; BYHOUR and the like, COUNT, UNTIL and DTSTART come from elsewhere or are refused. */
const ALLOWED_PARTS = new Set(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST"]);

/** At most this many occurrences are read in one call: a larger window is refused, not truncated silently. */
export const MAX_OCCURRENCES = 1_000;

export type Recurrence = { ok: true; rule: string } | { ok: false; error: string };

/** Checks a rule typed or built by a form and returns it normalised ("FREQ=WEEKLY;BYDAY=MO,TH"). */
export function parseRecurrence(text: string): Recurrence {
  const raw = text.trim().replace(/^RRULE:/i, "").toUpperCase();
  if (!raw) return { ok: false, error: "Indiquez la fréquence." };
  const parts = raw.split(";").filter(Boolean);
  for (const part of parts) {
    const [name, value] = part.split("=");
    if (!name || !value || !ALLOWED_PARTS.has(name)) return { ok: false, error: `Règle de récurrence non prise en charge (${name ?? part}).` };
  }
  let options: Partial<Options>;
  try {
    options = RRule.parseString(raw);
  } catch {
    return { ok: false, error: "Règle de récurrence illisible." };
  }
  if (options.freq === undefined || !ALLOWED_FREQUENCIES.has(options.freq)) {
    return { ok: false, error: "La fréquence doit être quotidienne, hebdomadaire, mensuelle ou annuelle." };
  }
  if (options.interval !== undefined && (options.interval < 1 || options.interval > 52)) {
    return { ok: false, error: "L'intervalle doit être entre 1 et 52." };
  }
  return { ok: true, rule: RRule.optionsToString({ ...options, dtstart: null, until: null, count: null }).replace(/^RRULE:/, "") };
}

export class TooManyOccurrencesError extends Error {
  constructor(readonly limit: number) {
    super(`More than ${limit} occurrences`);
  }
}

/**
 * The days of `rule` between `from` and `to` (both included), within the contract's dates. Throws
 * TooManyOccurrencesError past `limit`, so a caller can refuse the window with a clear message.
 */
export function occurrences(
  rule: string,
  contract: { startsOn: Date; endsOn: Date },
  window: { from: Date; to: Date },
  limit: number = MAX_OCCURRENCES,
): Date[] {
  const parsed = parseRecurrence(rule);
  if (!parsed.ok) throw new Error(parsed.error);
  const start = toDay(contract.startsOn);
  const end = toDay(contract.endsOn);
  const from = new Date(Math.max(start.getTime(), toDay(window.from).getTime()));
  const to = new Date(Math.min(end.getTime(), toDay(window.to).getTime()));
  if (from > to) return [];
  const rrule = new RRule({ ...RRule.parseString(parsed.rule), dtstart: start, until: end });
  const days: Date[] = [];
  rrule.between(from, to, true, (date) => {
    if (days.length >= limit) throw new TooManyOccurrencesError(limit);
    days.push(toDay(date));
    return true;
  });
  return days;
}

/** Past this many jobs over the contract's whole span, a line's rule is refused (about six years of work six days a week). */
export const MAX_LINE_OCCURRENCES = 2_000;

/** The days of the week, in the order a French week is read, with their RFC 5545 codes. */
export const WEEKDAYS = [
  { code: "MO", label: "lundi" },
  { code: "TU", label: "mardi" },
  { code: "WE", label: "mercredi" },
  { code: "TH", label: "jeudi" },
  { code: "FR", label: "vendredi" },
  { code: "SA", label: "samedi" },
  { code: "SU", label: "dimanche" },
] as const;
export type WeekdayCode = (typeof WEEKDAYS)[number]["code"];
const WEEKDAY_CODES: readonly string[] = WEEKDAYS.map((d) => d.code);

/**
 * The schedules the line form offers, so that nobody types an RRULE: none (jobs ordered one by
 * one), every day, Monday to Saturday (bins out every evening but Sunday), some days of the week
 * (cleaning every Monday and Thursday), every N weeks on some days, every month on day N.
 */
export const SCHEDULE_PRESETS = ["none", "daily", "mon-sat", "weekdays", "every-n-weeks", "monthly"] as const;
export type SchedulePreset = (typeof SCHEDULE_PRESETS)[number];
export const SCHEDULE_PRESET_LABELS: Record<SchedulePreset, string> = {
  none: "Pas de passage régulier (travaux commandés au cas par cas)",
  daily: "Chaque jour",
  "mon-sat": "Du lundi au samedi",
  weekdays: "Certains jours de la semaine",
  "every-n-weeks": "Toutes les N semaines",
  monthly: "Chaque mois le N",
};

/** What the line form sends about the schedule. */
export type ScheduleChoice = { preset: SchedulePreset; days?: readonly string[]; interval?: number | null; monthDay?: number | null };

export type BuiltRecurrence = { ok: true; rule: string | null } | { ok: false; field: "days" | "interval" | "monthDay" | "preset"; error: string };

/** The rule of a form's choice, checked by parseRecurrence; null for work ordered job by job. */
export function buildRecurrence(choice: ScheduleChoice): BuiltRecurrence {
  const days = WEEKDAY_CODES.filter((code) => choice.days?.includes(code));
  let rule: string;
  switch (choice.preset) {
    case "none":
      return { ok: true, rule: null };
    case "daily":
      rule = "FREQ=DAILY";
      break;
    case "mon-sat":
      rule = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA";
      break;
    case "weekdays":
      if (days.length === 0) return { ok: false, field: "days", error: "Cochez au moins un jour de la semaine." };
      rule = `FREQ=WEEKLY;BYDAY=${days.join(",")}`;
      break;
    case "every-n-weeks": {
      const interval = choice.interval;
      if (!interval || !Number.isInteger(interval) || interval < 1 || interval > 52) {
        return { ok: false, field: "interval", error: "Indiquez un nombre de semaines entre 1 et 52." };
      }
      if (days.length === 0) return { ok: false, field: "days", error: "Cochez au moins un jour de la semaine." };
      rule = `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${days.join(",")}`;
      break;
    }
    case "monthly": {
      const day = choice.monthDay;
      // Up to 28: every month has that day, so no month is skipped silently.
      if (!day || !Number.isInteger(day) || day < 1 || day > 28) return { ok: false, field: "monthDay", error: "Indiquez un jour du mois entre 1 et 28." };
      rule = `FREQ=MONTHLY;BYMONTHDAY=${day}`;
      break;
    }
    default:
      return { ok: false, field: "preset", error: "Choisissez une fréquence." };
  }
  const parsed = parseRecurrence(rule);
  return parsed.ok ? { ok: true, rule: parsed.rule } : { ok: false, field: "preset", error: parsed.error };
}

function ruleParts(rule: string): Map<string, string> {
  return new Map(
    rule
      .replace(/^RRULE:/i, "")
      .split(";")
      .filter(Boolean)
      .map((part) => part.split("=") as [string, string]),
  );
}

/** The form's choice for a stored rule (to edit a line); a rule no preset makes is shown as its nearest weekly or monthly form. */
export function scheduleChoiceOf(rule: string | null): { preset: SchedulePreset; days: WeekdayCode[]; interval: number; monthDay: number | null } {
  if (!rule) return { preset: "none", days: [], interval: 2, monthDay: null };
  const parts = ruleParts(rule);
  const days = (parts.get("BYDAY")?.split(",") ?? []).filter((d): d is WeekdayCode => WEEKDAY_CODES.includes(d));
  const interval = Number(parts.get("INTERVAL") ?? "1");
  switch (parts.get("FREQ")) {
    case "DAILY":
      return { preset: "daily", days: [], interval: 2, monthDay: null };
    case "WEEKLY":
      if (interval > 1) return { preset: "every-n-weeks", days, interval, monthDay: null };
      if (days.join(",") === "MO,TU,WE,TH,FR,SA") return { preset: "mon-sat", days: [], interval: 2, monthDay: null };
      return { preset: "weekdays", days, interval: 2, monthDay: null };
    case "MONTHLY":
      return { preset: "monthly", days: [], interval: 2, monthDay: Number(parts.get("BYMONTHDAY") ?? "1") || 1 };
    default:
      return { preset: "none", days: [], interval: 2, monthDay: null };
  }
}

/** "lundi, mardi et jeudi". */
function listInFrench(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} et ${words[words.length - 1]}`;
}

/**
 * A stored rule in French, for the line's page and the form's preview: "Chaque lundi et jeudi",
 * "Du lundi au samedi", "Toutes les 2 semaines, le mardi", "Chaque mois, le 1er". Null: "Sur commande".
 */
export function describeRecurrence(rule: string | null): string {
  if (!rule) return "Sur commande, sans passage régulier";
  const parsed = parseRecurrence(rule);
  if (!parsed.ok) return "Règle de récurrence illisible";
  const parts = ruleParts(parsed.rule);
  const interval = Number(parts.get("INTERVAL") ?? "1");
  const byDay = parts.get("BYDAY")?.split(",") ?? [];
  const dayNames = WEEKDAYS.filter((d) => byDay.includes(d.code)).map((d) => d.label);
  const exotic = [...parts.keys()].some((name) => !["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "WKST"].includes(name)) || byDay.some((d) => !WEEKDAY_CODES.includes(d));
  if (exotic) return `Règle personnalisée (${parsed.rule})`;
  switch (parts.get("FREQ")) {
    case "DAILY":
      return interval === 1 ? "Chaque jour" : `Tous les ${interval} jours`;
    case "WEEKLY": {
      const codes = byDay.join(",");
      if (interval === 1 && dayNames.length === 7) return "Chaque jour";
      if (interval === 1 && codes === "MO,TU,WE,TH,FR,SA") return "Du lundi au samedi";
      if (interval === 1 && codes === "MO,TU,WE,TH,FR") return "Du lundi au vendredi";
      if (interval === 1) return dayNames.length ? `Chaque ${listInFrench(dayNames)}` : "Chaque semaine";
      const every = `Toutes les ${interval} semaines`;
      return dayNames.length ? `${every}, le ${listInFrench(dayNames)}` : every;
    }
    case "MONTHLY": {
      const day = parts.get("BYMONTHDAY");
      const every = interval === 1 ? "Chaque mois" : `Tous les ${interval} mois`;
      if (!day || day.includes(",")) return day ? `${every}, les ${listInFrench(day.split(","))}` : every;
      return `${every}, le ${day === "1" ? "1er" : day}`;
    }
    case "YEARLY":
      return interval === 1 ? "Chaque année" : `Tous les ${interval} ans`;
    default:
      return `Règle personnalisée (${parsed.rule})`;
  }
}

/** How many days a rule makes over the contract's whole span, or null past `limit` (refuse the rule). */
export function countOccurrences(rule: string, contract: { startsOn: Date; endsOn: Date }, limit: number = MAX_LINE_OCCURRENCES): number | null {
  try {
    return occurrences(rule, contract, { from: contract.startsOn, to: contract.endsOn }, limit).length;
  } catch (error) {
    if (error instanceof TooManyOccurrencesError) return null;
    throw error;
  }
}

/** The next `count` days of a rule from `today` (or the contract's start if later): the form's preview. */
export function nextOccurrences(rule: string, contract: { startsOn: Date; endsOn: Date }, today: Date, count = 8): Date[] {
  const from = toDay(today);
  // A window of a year is enough for the preview of any rule the form makes.
  const to = new Date(Math.max(from.getTime(), toDay(contract.startsOn).getTime()) + 400 * 24 * 60 * 60 * 1000);
  try {
    return occurrences(rule, contract, { from, to }, MAX_OCCURRENCES).slice(0, count);
  } catch (error) {
    if (error instanceof TooManyOccurrencesError) return [];
    throw error;
  }
}
