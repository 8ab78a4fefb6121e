import { db } from "@/lib/db";
import { toDay } from "@/lib/core/calendar";
import type { BodyKind, College, MandatePosition, MeetingStatus, MinutesStatus } from "@/lib/generated/prisma/enums";

/** Test data of governance meetings, written straight to the database: statutes, a body, its members and mandates, meetings. */

let sequence = 0;

export async function createStatutes(options: { effectiveFrom?: string; quorumBoardPercent?: number; quorumAssemblyPercent?: number; proxiesPerPerson?: number; proxiesCountForQuorum?: boolean } = {}) {
  return db.statutesVersion.create({
    data: {
      effectiveFrom: toDay(options.effectiveFrom ?? "2020-01-01"),
      boardSeatsResidents: 6,
      boardSeatsLocalAuthorities: 3,
      boardSeatsSocialLandlords: 3,
      boardSeatsSocioEconomic: 2,
      residentsMinSharePercent: 40,
      quorumAssemblyPercent: options.quorumAssemblyPercent ?? 25,
      quorumBoardPercent: options.quorumBoardPercent ?? 50,
      quorumOtherPercent: 50,
      proxiesCountForQuorum: options.proxiesCountForQuorum ?? true,
      proxiesPerPerson: options.proxiesPerPerson ?? 1,
    },
    select: { id: true },
  });
}

export async function createBody(options: { kind?: BodyKind; name?: string } = {}) {
  const n = ++sequence;
  return db.governanceBody.create({ data: { kind: options.kind ?? "BOARD", name: options.name ?? `Conseil de test ${n}` }, select: { id: true, name: true, kind: true } });
}

export async function createMember(options: { name?: string; email?: string | null; userId?: string; year?: number; college?: College } = {}) {
  const n = ++sequence;
  const member = await db.member.create({
    data: { kind: "PERSON", name: options.name ?? `Membre ${n}`, email: options.email === undefined ? `membre-${n}@exemple.test` : options.email, userId: options.userId },
    select: { id: true, name: true, email: true },
  });
  if (options.year) {
    await db.membership.create({ data: { memberId: member.id, year: options.year, college: options.college ?? "RESIDENTS", feeCents: 1000, status: "ACTIVE", source: "PAPER", activatedAt: new Date() } });
  }
  return member;
}

export async function createMandate(options: { memberId: string; bodyId: string; position?: MandatePosition; startsOn?: string; endsOn?: string; college?: College; showNamePublicly?: boolean }) {
  return db.mandate.create({
    data: {
      memberId: options.memberId,
      bodyId: options.bodyId,
      college: options.college ?? "RESIDENTS",
      position: options.position ?? "MEMBER",
      startsOn: toDay(options.startsOn ?? "2024-01-01"),
      endsOn: options.endsOn ? toDay(options.endsOn) : null,
      showNamePublicly: options.showNamePublicly ?? false,
    },
    select: { id: true },
  });
}

/** A board with `size` members holding mandates (the first one secretary when `secretaryUserId` is given). */
export async function createBoard(size: number, options: { secretaryUserId?: string } = {}) {
  const body = await createBody();
  const members = [];
  for (let i = 0; i < size; i++) {
    const member = await createMember({ userId: i === 0 ? options.secretaryUserId : undefined });
    await createMandate({ memberId: member.id, bodyId: body.id, position: i === 0 && options.secretaryUserId ? "SECRETARY" : "MEMBER" });
    members.push(member);
  }
  return { body, members };
}

export async function createMeetingRow(options: { bodyId: string; status?: MeetingStatus; startsAt?: Date; minutes?: string; minutesStatus?: MinutesStatus; agenda?: string }) {
  return db.meeting.create({
    data: {
      bodyId: options.bodyId,
      startsAt: options.startsAt ?? new Date("2026-12-10T17:30:00Z"),
      place: "Salle polyvalente, 12 rue des Lilas",
      agenda: options.agenda ?? "Approbation du compte rendu\nBudget 2027\nQuestions diverses",
      status: options.status ?? "PLANNED",
      heldAt: options.status === "HELD" ? new Date() : null,
      convenedAt: options.status === "CONVENED" || options.status === "HELD" ? new Date() : null,
      minutes: options.minutes ?? null,
      minutesStatus: options.minutesStatus ?? "NONE",
    },
    select: { id: true, version: true },
  });
}

/** Saves attendance rows directly (PRESENT for the first `present`, REPRESENTED by the first for the next `represented`). */
export async function recordAttendance(meetingId: string, memberIds: string[], present: number, represented = 0) {
  await db.meetingAttendance.createMany({
    data: memberIds.map((memberId, i) => ({
      meetingId,
      memberId,
      status: i < present ? ("PRESENT" as const) : i < present + represented ? ("REPRESENTED" as const) : ("ABSENT" as const),
      proxyHolderId: i >= present && i < present + represented ? memberIds[(i - present) % Math.max(present, 1)] : null,
    })),
  });
}
