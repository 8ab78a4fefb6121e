import "server-only";
import { db } from "@/lib/db";
import { parisToday } from "@/lib/core/calendar";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bodyMembersAt } from "@/lib/governance/queries/bodies";
import { minutesToApprove } from "@/lib/governance/meetings/commands";
import { attendanceCounts } from "@/lib/governance/meetings/proxies";
import { computeQuorum, voices } from "@/lib/governance/meetings/quorum";
import { statutesInForce } from "@/lib/governance/statutes";

/**
 * The board space's reads on meetings (governance:view: board members, staff, the
 * administrator; the page checks it): small shapes, paginated and filtered in SQL.
 */

export const MEETINGS_PAGE_SIZE = 20;
export type MeetingPeriod = "a-venir" | "passees";

export function listActiveBodies() {
  return db.governanceBody.findMany({ where: { archivedAt: null }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } });
}

export async function listMeetings(filter: { bodyId?: string; period?: MeetingPeriod; page: number }, now = new Date()) {
  const where: Prisma.MeetingWhereInput = {
    ...(filter.bodyId ? { bodyId: filter.bodyId } : {}),
    ...(filter.period === "a-venir" ? { startsAt: { gte: now }, status: { not: "CANCELLED" } } : filter.period === "passees" ? { startsAt: { lt: now } } : {}),
  };
  const upcoming = filter.period === "a-venir";
  const [rows, total] = await Promise.all([
    db.meeting.findMany({
      where,
      orderBy: [{ startsAt: upcoming ? "asc" : "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * MEETINGS_PAGE_SIZE,
      take: MEETINGS_PAGE_SIZE,
      select: { id: true, startsAt: true, place: true, status: true, minutesStatus: true, body: { select: { name: true } }, _count: { select: { decisions: true } } },
    }),
    db.meeting.count({ where }),
  ]);
  return { rows, total, page: filter.page, pageSize: MEETINGS_PAGE_SIZE };
}

/** Everything the meeting's page shows (4 queries): the meeting, who sits, the statutes, the minutes it may approve. */
export async function getMeeting(id: string) {
  const meeting = await db.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      status: true,
      startsAt: true,
      endsAt: true,
      place: true,
      agenda: true,
      convenedAt: true,
      heldAt: true,
      cancelledAt: true,
      cancelReason: true,
      minutes: true,
      minutesStatus: true,
      minutesPublishedAt: true,
      bodyId: true,
      body: { select: { id: true, name: true, kind: true } },
      minutesApprovedAt: { select: { id: true, startsAt: true } },
      attendances: { select: { memberId: true, status: true, proxyHolderId: true } },
      decisions: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true, text: true, votesFor: true, votesAgainst: true, votesAbstain: true, outcome: true } },
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, bytes: true, createdAt: true, uploadedBy: { select: { name: true } } } },
    },
  });
  if (!meeting) return null;
  const [members, statutes, toApprove] = await Promise.all([
    bodyMembersAt(db, meeting.body, meeting.startsAt),
    statutesInForce(parisToday(meeting.startsAt)),
    minutesToApprove(db, meeting),
  ]);
  const sitting = new Set(members.map((m) => m.id));
  const counts = attendanceCounts(meeting.attendances.filter((a) => sitting.has(a.memberId)));
  const quorum = statutes ? computeQuorum({ kind: meeting.body.kind, statutes, members: members.length, ...counts }) : null;
  return {
    ...meeting,
    // Ids only for the form; the page shows names.
    members: members.map(({ id: memberId, name, representativeName }) => ({ id: memberId, name, representativeName })),
    statutes,
    quorum,
    voices: voices(counts.present, counts.represented),
    toApprove,
  };
}
export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

/** The board space's home: the next meetings with their agenda, the last decisions, the last published minutes. */
export async function getGovernanceHome(now = new Date()) {
  const [upcoming, decisions, minutes] = await Promise.all([
    db.meeting.findMany({
      where: { startsAt: { gte: now }, status: { in: ["PLANNED", "CONVENED"] } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 5,
      select: { id: true, startsAt: true, place: true, agenda: true, status: true, body: { select: { name: true } }, _count: { select: { documents: true } } },
    }),
    db.decision.findMany({
      orderBy: [{ meeting: { startsAt: "desc" } }, { number: "desc" }],
      take: 8,
      select: { id: true, number: true, title: true, outcome: true, meeting: { select: { id: true, startsAt: true, body: { select: { name: true } } } } },
    }),
    db.meeting.findMany({
      where: { minutesStatus: "PUBLISHED" },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: 5,
      select: { id: true, startsAt: true, body: { select: { name: true } } },
    }),
  ]);
  return { upcoming, decisions, minutes };
}
