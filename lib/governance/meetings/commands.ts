import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError, ValidationError } from "@/lib/core/errors";
import { parisToday } from "@/lib/core/calendar";
import { applyChange, applyMove, type Change } from "@/lib/core/lifecycle";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import { formatLongDay } from "@/lib/format/dates";
import { governanceCacheTags } from "@/lib/governance/cache-tags";
import { authorizeSecretariat } from "@/lib/governance/positions";
import { bodyMembersAt } from "@/lib/governance/queries/bodies";
import { cancellationMails, convocationMails } from "@/lib/governance/meetings/convocation";
import { MEETING_NOT_FOUND, meetingLifecycle, type LoadedMeeting } from "@/lib/governance/meetings/lifecycle";
import { ATTENDANCE_OPEN } from "@/lib/governance/meetings/moves";
import { attendanceCounts, attendanceErrors, normalizeAttendance } from "@/lib/governance/meetings/proxies";
import { computeQuorum, quorumText, voices } from "@/lib/governance/meetings/quorum";
import type {
  AddDecisionInput,
  ApproveMinutesInput,
  CreateMeetingInput,
  MoveMeetingInput,
  PublishMinutesInput,
  SaveAttendanceInput,
  SaveMinutesInput,
  UpdateMeetingInput,
} from "@/lib/governance/meetings/schemas";
import { requireStatutesOn } from "@/lib/governance/statutes";

/**
 * The secretariat's writes on meetings: the meeting (created, edited while planned, convened, held,
 * cancelled on the lifecycle kernel), its attendance with proxies, its decisions, its minutes
 * (written, approved at the next meeting of the body, published). Each checks the caller holds the
 * secretariat (staff, the administrator, the board's secretary), runs in one transaction with its
 * audit row, and names the public page's cache tag.
 */

export const UNKNOWN_BODY = "Instance inconnue ou archivée : choisissez-la dans la liste.";
export const NOT_PLANNED = "Seule une réunion en préparation se modifie : une fois convoquée, annulez-la et convoquez-en une autre.";
export const ATTENDANCE_CLOSED = "Les présences se saisissent une fois la réunion convoquée, et avant son annulation.";
export const NOT_HELD_DECISION = "Les décisions s'enregistrent sur une réunion tenue : passez-la d'abord à « Tenue ».";
export const NO_QUORUM = "Le quorum n'est pas atteint : aucune décision ne peut être votée. Vérifiez les présences et les pouvoirs.";
export const tooManyVotes = (total: number, max: number) =>
  `Les voix exprimées (${total}) dépassent celles des membres présents et représentés (${max}).`;
export const NOT_HELD_MINUTES = "Le compte rendu s'écrit une fois la réunion tenue.";
export const MINUTES_LOCKED = "Ce compte rendu est déjà approuvé : il ne se modifie plus.";
export const CANNOT_APPROVE = "Seul le compte rendu en projet de la réunion précédente de la même instance s'approuve, lors d'une réunion tenue.";
export const NOT_APPROVED = "Seul un compte rendu approuvé se publie.";

export type MeetingResult = { meetingId: string; version: number; cacheTags: string[] };

const SECRETARIAT = "secretariat" as const;
const RESUBMIT_WINDOW_MS = 10 * 60 * 1000;

const secretariat = (ctx: OperationContext) => authorizeSecretariat(ctx.actor, "governance:manage-meetings");

async function assertBody(tx: Tx, bodyId: string) {
  const body = await tx.governanceBody.findFirst({ where: { id: bodyId, archivedAt: null }, select: { id: true, kind: true, name: true } });
  if (!body) throw new ValidationError(UNKNOWN_BODY, { bodyId: [UNKNOWN_BODY] });
  return body;
}

const auditOf = (m: { bodyId: string; startsAt: Date; endsAt: Date | null; place: string; agenda: string }) => ({
  bodyId: m.bodyId,
  startsAt: m.startsAt.toISOString(),
  endsAt: m.endsAt?.toISOString() ?? null,
  place: m.place,
  agenda: m.agenda,
});

/** A new meeting, planned. The same form sent twice (same person, body and start, untouched, within minutes) gives back the first. */
export async function createMeeting(ctx: OperationContext, input: CreateMeetingInput): Promise<MeetingResult> {
  await secretariat(ctx);
  return inTransaction(ctx, async (tx) => {
    await assertBody(tx, input.bodyId);
    const twin = await tx.meeting.findFirst({
      where: { bodyId: input.bodyId, startsAt: input.startsAt, createdById: ctx.actor.id, version: 0, createdAt: { gt: new Date(Date.now() - RESUBMIT_WINDOW_MS) } },
      select: { id: true, version: true },
    });
    if (twin) return { meetingId: twin.id, version: twin.version, cacheTags: [] };
    const meeting = await tx.meeting.create({ data: { ...input, createdById: ctx.actor.id }, select: { id: true, version: true } });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "meeting.create", entityType: "Meeting", entityId: meeting.id, after: auditOf(input) });
    return { meetingId: meeting.id, version: meeting.version, cacheTags: governanceCacheTags() };
  });
}

/** Edits a planned meeting at the version the form was loaded at. */
export async function updateMeeting(ctx: OperationContext, input: UpdateMeetingInput): Promise<MeetingResult> {
  await secretariat(ctx);
  const { meetingId, version, ...data } = input;
  const result = await applyChange(ctx, meetingLifecycle, SECRETARIAT, { id: meetingId, version }, async (meeting, tx) => {
    if (meeting.status !== "PLANNED") throw new ValidationError(NOT_PLANNED);
    if (data.bodyId !== meeting.bodyId) await assertBody(tx, data.bodyId);
    return { data, audit: { action: "meeting.update", before: auditOf(meeting), after: auditOf(data) } };
  });
  return { meetingId: result.id, version: result.version, cacheTags: result.cacheTags };
}

/**
 * Convenes (the convocation mails, with their invitation and the number of documents, leave
 * after commit), holds, or cancels (with its reason, told by mail to those convened with the
 * calendar cancellation of their invitation).
 */
export async function moveMeeting(ctx: OperationContext, input: MoveMeetingInput): Promise<MeetingResult & { move: string }> {
  await secretariat(ctx);
  const result = await applyMove(ctx, meetingLifecycle, SECRETARIAT, { id: input.meetingId, version: input.version }, input.move, async (meeting, tx, rule, move): Promise<Change<never, never>> => {
    const audit = { action: `meeting.${move}`, before: { status: meeting.status }, after: { status: rule.to } };
    if (move === "convene") {
      const [members, documents] = await Promise.all([bodyMembersAt(tx, meeting.body, meeting.startsAt), tx.meetingDocument.count({ where: { meetingId: meeting.id } })]);
      return { audit, mails: convocationMails(meeting, members, documents) };
    }
    if (move === "cancel") {
      const reason = input.reason ?? "";
      const mails = meeting.status === "CONVENED" ? cancellationMails(meeting, await bodyMembersAt(tx, meeting.body, meeting.startsAt), reason) : [];
      return { data: { cancelReason: reason }, audit: { ...audit, after: { status: rule.to, reason } }, mails };
    }
    return { audit };
  });
  return { meetingId: result.id, version: result.version, cacheTags: result.cacheTags, move: input.move };
}

/** The quorum of a meeting from its saved attendance, with the statutes in force that day. */
export async function meetingQuorum(tx: Tx, meeting: Pick<LoadedMeeting, "id" | "startsAt" | "body">) {
  const [statutes, members, rows] = await Promise.all([
    requireStatutesOn(tx, parisToday(meeting.startsAt)),
    bodyMembersAt(tx, meeting.body, meeting.startsAt),
    tx.meetingAttendance.findMany({ where: { meetingId: meeting.id }, select: { memberId: true, status: true } }),
  ]);
  const sitting = new Set(members.map((m) => m.id));
  const counts = attendanceCounts(rows.filter((r) => sitting.has(r.memberId)));
  return { ...computeQuorum({ kind: meeting.body.kind, statutes, members: members.length, ...counts }), voices: voices(counts.present, counts.represented) };
}

/**
 * Saves the whole attendance form at the meeting's version: one row per member of the body,
 * proxies checked (same body, holder present, the statutes' limit), in one transaction.
 */
export async function saveAttendance(ctx: OperationContext, input: SaveAttendanceInput): Promise<MeetingResult> {
  await secretariat(ctx);
  const result = await applyChange(ctx, meetingLifecycle, SECRETARIAT, { id: input.meetingId, version: input.version }, async (meeting, tx) => {
    if (!ATTENDANCE_OPEN.includes(meeting.status)) throw new ValidationError(ATTENDANCE_CLOSED);
    const [statutes, members] = await Promise.all([requireStatutesOn(tx, parisToday(meeting.startsAt)), bodyMembersAt(tx, meeting.body, meeting.startsAt)]);
    const rows = normalizeAttendance(input.rows);
    const errors = attendanceErrors(rows, new Set(members.map((m) => m.id)), statutes.proxiesPerPerson);
    const wrong = Object.entries(errors);
    if (wrong.length > 0) {
      const fieldErrors = Object.fromEntries(wrong.map(([memberId, message]) => [`attendance.${memberId}`, [message]]));
      throw new ValidationError(wrong.length === 1 ? wrong[0][1] : "Certaines présences sont à corriger : voyez les lignes signalées.", fieldErrors);
    }
    const counts = attendanceCounts(rows);
    const quorum = computeQuorum({ kind: meeting.body.kind, statutes, members: members.length, ...counts });
    return {
      audit: { action: "meeting.attendance", after: { ...counts, required: quorum.required, counted: quorum.counted, rows: rows.length } },
      after: async (tx2) => {
        await tx2.meetingAttendance.deleteMany({ where: { meetingId: meeting.id } });
        await tx2.meetingAttendance.createMany({ data: rows.map((row) => ({ meetingId: meeting.id, ...row })) });
      },
    };
  });
  return { meetingId: result.id, version: result.version, cacheTags: result.cacheTags };
}

/**
 * Records a decision with its votes, numbered after the meeting's last: refused without the
 * quorum, or when more voices are cast than members present and represented.
 */
export async function addDecision(ctx: OperationContext, input: AddDecisionInput): Promise<MeetingResult & { decisionId: string }> {
  await secretariat(ctx);
  return inTransaction(ctx, async (tx) => {
    // Locks the meeting: two decisions recorded at once get numbers one after the other.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Meeting" WHERE "id" = ${input.meetingId} FOR UPDATE`;
    const meeting = locked.length === 1 ? await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { id: true, status: true, version: true, startsAt: true, body: { select: { id: true, kind: true, name: true } } } }) : null;
    if (!meeting) throw new NotFoundError(MEETING_NOT_FOUND);
    if (meeting.status !== "HELD") throw new ValidationError(NOT_HELD_DECISION);
    const quorum = await meetingQuorum(tx, meeting);
    if (!quorum.reached) throw new ValidationError(`${NO_QUORUM} (${quorumText(quorum)}.)`);
    const total = input.votesFor + input.votesAgainst + input.votesAbstain;
    if (total > quorum.voices) {
      const message = tooManyVotes(total, quorum.voices);
      throw new ValidationError(message, { votesFor: [message] });
    }
    const last = await tx.decision.aggregate({ where: { meetingId: meeting.id }, _max: { number: true } });
    const decision = await tx.decision.create({
      data: {
        meetingId: meeting.id,
        number: (last._max.number ?? 0) + 1,
        title: input.title,
        text: input.text,
        votesFor: input.votesFor,
        votesAgainst: input.votesAgainst,
        votesAbstain: input.votesAbstain,
        outcome: input.votesFor > input.votesAgainst ? "ADOPTED" : "REJECTED",
        createdById: ctx.actor.id,
      },
      select: { id: true, number: true, outcome: true },
    });
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "meeting.decision",
      entityType: "Decision",
      entityId: decision.id,
      after: { meetingId: meeting.id, number: decision.number, title: input.title, votesFor: input.votesFor, votesAgainst: input.votesAgainst, votesAbstain: input.votesAbstain, outcome: decision.outcome },
    });
    return { meetingId: meeting.id, version: meeting.version, decisionId: decision.id, cacheTags: governanceCacheTags() };
  });
}

/** Writes the minutes of a held meeting (a draft, editable until approved). */
export async function saveMinutes(ctx: OperationContext, input: SaveMinutesInput): Promise<MeetingResult> {
  await secretariat(ctx);
  const result = await applyChange(ctx, meetingLifecycle, SECRETARIAT, { id: input.meetingId, version: input.version }, async (meeting) => {
    if (meeting.status !== "HELD") throw new ValidationError(NOT_HELD_MINUTES);
    if (meeting.minutesStatus === "APPROVED" || meeting.minutesStatus === "PUBLISHED") throw new ValidationError(MINUTES_LOCKED);
    return { data: { minutes: input.minutes, minutesStatus: "DRAFT" }, audit: { action: "meeting.minutes", after: { length: input.minutes.length } } };
  });
  return { meetingId: result.id, version: result.version, cacheTags: result.cacheTags };
}

/**
 * The meeting of the same body held just before this one, if its minutes await approval: the
 * minutes approval offered on this meeting's page.
 */
export async function minutesToApprove(tx: Tx, meeting: { id: string; bodyId: string; startsAt: Date; status: string }) {
  if (meeting.status !== "HELD") return null;
  const previous = await tx.meeting.findFirst({
    where: { bodyId: meeting.bodyId, status: "HELD", startsAt: { lt: meeting.startsAt }, id: { not: meeting.id } },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    select: { id: true, version: true, startsAt: true, minutesStatus: true },
  });
  return previous?.minutesStatus === "DRAFT" ? previous : null;
}

/** At `meetingId` (held), approves the draft minutes of the body's previous held meeting. */
export async function approveMinutes(ctx: OperationContext, input: ApproveMinutesInput): Promise<MeetingResult & { approvedMeetingId: string }> {
  await secretariat(ctx);
  const result = await applyChange(ctx, meetingLifecycle, SECRETARIAT, { id: input.approvedMeetingId, version: input.version }, async (approved, tx) => {
    const at = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { id: true, bodyId: true, startsAt: true, status: true } });
    if (!at) throw new NotFoundError(MEETING_NOT_FOUND);
    const candidate = await minutesToApprove(tx, at);
    if (!candidate || candidate.id !== approved.id) throw new ValidationError(CANNOT_APPROVE);
    return {
      data: { minutesStatus: "APPROVED", minutesApprovedAtId: at.id },
      audit: { action: "meeting.minutes.approve", before: { minutesStatus: approved.minutesStatus }, after: { minutesStatus: "APPROVED", approvedAt: at.id } },
    };
  });
  return { meetingId: input.meetingId, approvedMeetingId: result.id, version: result.version, cacheTags: result.cacheTags };
}

/** Publishes approved minutes: from then on anyone reads them, on /association too. */
export async function publishMinutes(ctx: OperationContext, input: PublishMinutesInput): Promise<MeetingResult> {
  await secretariat(ctx);
  const result = await applyChange(ctx, meetingLifecycle, SECRETARIAT, { id: input.meetingId, version: input.version }, async (meeting) => {
    if (meeting.minutesStatus !== "APPROVED") throw new ValidationError(NOT_APPROVED);
    return { data: { minutesStatus: "PUBLISHED", minutesPublishedAt: new Date() }, audit: { action: "meeting.minutes.publish", before: { minutesStatus: "APPROVED" }, after: { minutesStatus: "PUBLISHED" } } };
  });
  return { meetingId: result.id, version: result.version, cacheTags: result.cacheTags };
}

/** "Approuver le compte rendu de la réunion du 12 novembre 2026". */
export const approveLabel = (startsAt: Date) => `Approuver le compte rendu de la réunion du ${formatLongDay(startsAt)}`;
