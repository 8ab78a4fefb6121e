/**
 * The zod pieces every domain's inputs are made of, defined once: a record id, the version a form
 * was loaded at (optimistic concurrency), a page number, a day, a creation form's idempotency key.
 * Each domain's schemas.ts builds on these.
 */
import { z } from "zod";
import { toDay } from "@/lib/core/calendar";

const ID_MAX = 40;
// `*`, not `+`: an empty id gets only the "missing" message.
const ID_PATTERN = /^[a-z0-9]*$/i;

/** A record id sent by a form (cuid): a clear French message when it is missing or malformed. */
export const idSchema = z
  .string({ error: "Identifiant manquant." })
  .min(1, "Identifiant manquant.")
  .max(ID_MAX, "Identifiant invalide.")
  .regex(ID_PATTERN, "Identifiant invalide.");

/** An id read from a URL's query string: a malformed one is simply ignored (no filter). */
export const optionalIdParam = idSchema.optional().catch(undefined);

/** The version a record was loaded at: an edit made meanwhile is a conflict, never overwritten. */
export const versionSchema = z.coerce
  .number({ error: "Version manquante : rechargez la page." })
  .int("Version invalide : rechargez la page.")
  .min(0, "Version invalide : rechargez la page.");

/** A page number from the query string: anything odd is page 1 (a list never fails on `?page=x`). */
export function pageParam(maxPages = 10_000) {
  return z.coerce.number().int().min(1).max(maxPages).catch(1);
}

/** Optional free text: blank becomes null, so that "" and "   " are stored as nothing. */
export function optionalText(max: number, tooLong: string) {
  return z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : null));
}

/** An HTML checkbox: "on" when checked, absent when not. */
export const checkbox = z
  .literal("on", { error: "Case à cocher invalide." })
  .optional()
  .transform((v) => v === "on");

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-02-30" is not a day: a "2026-11-26" string must read back the same once made a date. */
export function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return DAY_PATTERN.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

type DayMessages = {
  /** Nothing typed. */
  missing?: string;
  /** Not "YYYY-MM-DD", what <input type="date"> sends. */
  format?: string;
  /** The right shape but no such day (31 février). */
  impossible?: string;
};

/**
 * A day typed in a form ("2026-11-26"), kept as that string: one message, the first that applies
 * (missing, not a date, no such day), so a field never shows two.
 */
export function calendarDaySchema({ missing = "Indiquez la date.", format = "Date invalide.", impossible = format }: DayMessages = {}) {
  return z
    .string({ error: missing })
    .trim()
    .superRefine((value, ctx) => {
      const message = !value ? missing : !DAY_PATTERN.test(value) ? format : !isCalendarDay(value) ? impossible : null;
      if (message) ctx.addIssue({ code: "custom", message });
    });
}

/** "2026-11-26" from <input type="date">, checked to be a real day (kept as that string). */
export const daySchema = calendarDaySchema();

/** A required day as the `@db.Date` value the database keeps (its 00:00 UTC). */
export function dayDateSchema(messages: DayMessages = {}) {
  return calendarDaySchema(messages).transform((value) => toDay(value));
}

/** An optional day: blank is null, anything else must be a real day. */
export function optionalDayDateSchema(messages: Omit<DayMessages, "missing"> = {}) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(dayDateSchema(messages).optional())
    .transform((value) => value ?? null);
}

/**
 * The key a creation form is rendered with: the same key posted twice (a double click, a resent
 * form) creates one record. A form kept open too long has an expired one.
 */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "Formulaire expiré : rechargez la page.");
