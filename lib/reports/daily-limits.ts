import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/authz/policy";
import { ValidationError } from "@/lib/core/errors";
import { plural } from "@/lib/format/numbers";

export type DailyLimitKind = "reports" | "photos" | "comments";
type Tier = "resident" | "partner" | "staff";

/**
 * What one account may create in a day (since midnight, Paris time). Residents report a few
 * problems a day at most; partners comment on their queue; staff enter reports at the counter for
 * whole afternoons. The numbers stop a script or a stolen account, not ordinary work.
 */
export const DAILY_LIMITS: Record<Tier, Record<DailyLimitKind, number>> = {
  resident: { reports: 10, photos: 30, comments: 30 },
  partner: { reports: 10, photos: 30, comments: 200 },
  staff: { reports: 200, photos: 600, comments: 500 },
};

const NOUNS: Record<DailyLimitKind, string> = { reports: "signalements", photos: "photos", comments: "commentaires" };
/** The form field the message goes next to. */
const FIELDS: Record<DailyLimitKind, string | null> = { reports: null, photos: "photos", comments: "comment" };

/** The highest tier among the person's roles. */
export function limitTier(actor: Pick<Actor, "roles">): Tier {
  if (actor.roles.some((role) => role === "STAFF" || role === "ADMIN")) return "staff";
  if (actor.roles.includes("PARTNER")) return "partner";
  return "resident";
}

export function dailyLimitMessage(kind: DailyLimitKind, limit: number): string {
  return `Vous avez atteint la limite de ${limit} ${NOUNS[kind]} par jour. Réessayez demain ou contactez la Régie.`;
}

// Midnight in Paris, whatever the server's time zone. now() is the transaction's start.
const TODAY = "date_trunc('day', now() AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris'";

const COUNTS: Record<DailyLimitKind, string> = {
  reports: `SELECT count(*)::int AS n FROM "Report" WHERE "enteredById" = $1 AND "createdAt" >= ${TODAY}`,
  photos: `SELECT count(*)::int AS n FROM "ReportPhoto" WHERE "uploadedById" = $1 AND "createdAt" >= ${TODAY}`,
  comments: `SELECT count(*)::int AS n FROM "ReportEvent" WHERE "actorId" = $1 AND kind = 'COMMENT' AND "createdAt" >= ${TODAY}`,
};

/**
 * Refuses (ValidationError, nothing written) when adding `adding` items of `kind` would take the
 * person past their daily limit. Call it inside the transaction that creates them: the
 * transaction-scoped advisory lock on the person makes two submissions sent at once count one
 * after the other, so they cannot both pass the last free place. The lock is released at commit.
 */
export async function assertWithinDailyLimit(tx: Tx, actor: Pick<Actor, "id" | "roles">, kind: DailyLimitKind, adding = 1): Promise<void> {
  if (adding <= 0) return;
  const limit = DAILY_LIMITS[limitTier(actor)][kind];
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtextextended('daily-limit:' || $1, 0))`, actor.id);
  const [{ n }] = await tx.$queryRawUnsafe<{ n: number }[]>(COUNTS[kind], actor.id);
  if (n + adding > limit) {
    const left = limit - n;
    const message =
      left > 0 && kind === "photos"
        ? `Vous pouvez encore envoyer ${plural(left, "photo", "photos")} aujourd'hui (limite de ${limit} par jour) : retirez-en ${adding - left}.`
        : dailyLimitMessage(kind, limit);
    const field = FIELDS[kind];
    throw new ValidationError(message, field ? { [field]: [message] } : {});
  }
}
