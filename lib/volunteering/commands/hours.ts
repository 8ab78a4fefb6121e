import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/core/errors";
import { applyChange, applyMove } from "@/lib/core/lifecycle";
import { isoDay, parisToday } from "@/lib/core/calendar";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { volunteeringCacheTags } from "@/lib/volunteering/cache-tags";
import { assertActivity } from "@/lib/volunteering/commands/activities";
import { HOURS_CONFLICT, HOURS_NOT_FOUND, hoursLifecycle, type LoadedHours } from "@/lib/volunteering/lifecycle";
import type { HoursMove } from "@/lib/volunteering/model";
import type { CorrectOwnHoursInput, DeleteOwnHoursInput, EnterHoursForInput, EnterOwnHoursInput, RefuseHoursInput, ValidateHoursInput } from "@/lib/volunteering/schemas";

/**
 * Time given, entered by the volunteer or by staff (always SUBMITTED), then validated or refused
 * by staff on the kernel. Nobody validates their own hours: a volunteer has no move at all, and a
 * staff member who is also a volunteer is refused on the hours that are theirs.
 */

export const DAY_IN_FUTURE = "Ce jour n'est pas encore passé : indiquez les heures une fois données.";
export const NOT_ON_MISSION = "Choisissez une mission où la personne était inscrite.";
export const NOT_A_VOLUNTEER = "Choisissez un·e bénévole de la liste.";
export const OWN_HOURS = "Vous ne pouvez pas valider ou refuser vos propres heures : un·e autre membre de l'équipe s'en charge.";
export const HOURS_REVIEWED = "Ces heures ont déjà été examinées : elles ne peuvent plus être modifiées.";

export type HoursResult = { hoursId: string; version: number; cacheTags: string[] };

/** A second submission of the same form within this delay gives back what the first made. */
const RESUBMIT_WINDOW_MS = 10 * 60 * 1000;

type HoursFields = Pick<EnterOwnHoursInput, "day" | "minutes" | "activityId" | "missionId" | "note">;

/** The day is past or today (Paris), the activity usable, the mission one the person was confirmed on. */
async function assertHoursFields(tx: Tx, userId: string, input: HoursFields, current?: LoadedHours) {
  if (input.day > parisToday()) throw new ValidationError(DAY_IN_FUTURE, { day: [DAY_IN_FUTURE] });
  await assertActivity(tx, input.activityId, current?.activityId);
  if (input.missionId && input.missionId !== current?.missionId) {
    const signup = await tx.missionSignup.findFirst({ where: { missionId: input.missionId, userId, status: "CONFIRMED" }, select: { id: true } });
    if (!signup) throw new ValidationError(NOT_ON_MISSION, { missionId: [NOT_ON_MISSION] });
  }
}

const auditOf = (input: HoursFields & { userId: string }) => ({ ...input, day: isoDay(input.day) });

async function enter(ctx: OperationContext, userId: string, input: HoursFields): Promise<HoursResult> {
  return inTransaction(ctx, async (tx) => {
    if (userId !== ctx.actor.id) {
      const profile = await tx.volunteerProfile.findUnique({ where: { userId }, select: { userId: true } });
      if (!profile) throw new ValidationError(NOT_A_VOLUNTEER, { userId: [NOT_A_VOLUNTEER] });
    }
    await assertHoursFields(tx, userId, input);
    const twin = await tx.volunteerHours.findFirst({
      where: { ...input, userId, enteredById: ctx.actor.id, version: 0, createdAt: { gt: new Date(Date.now() - RESUBMIT_WINDOW_MS) } },
      select: { id: true, version: true },
    });
    if (twin) return { hoursId: twin.id, version: twin.version, cacheTags: [] };
    const hours = await tx.volunteerHours.create({ data: { ...input, userId, enteredById: ctx.actor.id }, select: { id: true, version: true } });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "volunteer.hours.create", entityType: "VolunteerHours", entityId: hours.id, after: auditOf({ ...input, userId }) });
    return { hoursId: hours.id, version: hours.version, cacheTags: volunteeringCacheTags() };
  });
}

/** The volunteer's own hours, to be validated by staff. */
export function enterOwnHours(ctx: OperationContext, input: EnterOwnHoursInput): Promise<HoursResult> {
  return enter(ctx, ctx.actor.id, input);
}

/** Hours staff enter for a volunteer (someone with a volunteer profile); validated later like any. */
export function enterHoursFor(ctx: OperationContext, input: EnterHoursForInput): Promise<HoursResult> {
  const { userId, ...fields } = input;
  return enter(ctx, userId, fields);
}

/** The volunteer corrects their own hours while still submitted. */
export async function correctOwnHours(ctx: OperationContext, input: CorrectOwnHoursInput): Promise<HoursResult> {
  const { hoursId, version, ...fields } = input;
  const result = await applyChange(ctx, hoursLifecycle, "volunteer", { id: hoursId, version }, async (hours, tx) => {
    if (hours.status !== "SUBMITTED") throw new ValidationError(HOURS_REVIEWED);
    await assertHoursFields(tx, hours.userId, fields, hours);
    return { data: fields, audit: { action: "volunteer.hours.update", before: auditOf(hours), after: auditOf({ ...fields, userId: hours.userId }) } };
  });
  return { hoursId: result.id, version: result.version, cacheTags: result.cacheTags };
}

/** The volunteer deletes their own hours while still submitted (a mistake, a double entry). */
export async function deleteOwnHours(ctx: OperationContext, input: DeleteOwnHoursInput): Promise<HoursResult> {
  return inTransaction(ctx, async (tx) => {
    const hours = await tx.volunteerHours.findFirst({ where: { id: input.hoursId, userId: ctx.actor.id }, select: { id: true, version: true, status: true, userId: true, day: true, minutes: true, activityId: true, missionId: true, note: true } });
    if (!hours) throw new NotFoundError(HOURS_NOT_FOUND);
    if (hours.version !== input.version) throw new ConflictError(HOURS_CONFLICT);
    if (hours.status !== "SUBMITTED") throw new ValidationError(HOURS_REVIEWED);
    const deleted = await tx.volunteerHours.deleteMany({ where: { id: hours.id, userId: ctx.actor.id, version: input.version, status: "SUBMITTED" } });
    if (deleted.count !== 1) throw new ConflictError(HOURS_CONFLICT);
    await recordAudit(tx, { actorId: ctx.actor.id, action: "volunteer.hours.delete", entityType: "VolunteerHours", entityId: hours.id, before: auditOf(hours) });
    return { hoursId: hours.id, version: hours.version, cacheTags: volunteeringCacheTags() };
  });
}

async function review(ctx: OperationContext, target: { hoursId: string; version: number }, move: HoursMove, reason: string | null): Promise<HoursResult> {
  const result = await applyMove(ctx, hoursLifecycle, "staff", { id: target.hoursId, version: target.version }, move, async (hours, _tx, rule) => {
    if (hours.userId === ctx.actor.id) throw new ForbiddenError(OWN_HOURS);
    return {
      data: { reviewedById: ctx.actor.id, refusalReason: reason },
      audit: { action: `volunteer.hours.${move}`, before: { status: hours.status }, after: { status: rule.to, ...(reason ? { reason } : {}) } },
    };
  });
  return { hoursId: result.id, version: result.version, cacheTags: result.cacheTags };
}

export function validateHours(ctx: OperationContext, input: ValidateHoursInput): Promise<HoursResult> {
  return review(ctx, input, "validate", null);
}

export function refuseHours(ctx: OperationContext, input: RefuseHoursInput): Promise<HoursResult> {
  return review(ctx, input, "refuse", input.reason);
}
