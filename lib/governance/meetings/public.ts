import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { db } from "@/lib/db";
import { parisToday } from "@/lib/core/calendar";
import { GOVERNANCE_PUBLIC_TAG } from "@/lib/governance/cache-tags";

/**
 * The public transparency page's reads (/association), the same for every visitor, cached under
 * the governance tag every meeting, body and mandate change expires. Bounded, and nothing private:
 * no ids of people, no addresses; a seat's holder is named only when they agreed to it
 * (Mandate.showNamePublicly).
 */

const MAX_SEATS = 200;
const MAX_MINUTES = 30;

async function readPublicGovernance(nowIso: string) {
  const now = new Date(nowIso);
  const today = parisToday(now);
  const [bodies, minutes, nextAssembly] = await Promise.all([
    db.governanceBody.findMany({
      where: { archivedAt: null },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      take: 20,
      select: {
        id: true,
        name: true,
        kind: true,
        description: true,
        mandates: {
          where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
          orderBy: [{ college: "asc" }, { position: "asc" }, { startsOn: "asc" }, { id: "asc" }],
          take: MAX_SEATS,
          select: { id: true, college: true, position: true, showNamePublicly: true, member: { select: { name: true, representativeName: true } } },
        },
      },
    }),
    db.meeting.findMany({
      where: { minutesStatus: "PUBLISHED" },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: MAX_MINUTES,
      select: { id: true, startsAt: true, body: { select: { name: true } }, _count: { select: { decisions: true } } },
    }),
    db.meeting.findFirst({
      where: { startsAt: { gte: now }, status: { in: ["PLANNED", "CONVENED"] }, body: { kind: "GENERAL_ASSEMBLY" } },
      orderBy: { startsAt: "asc" },
      select: { startsAt: true, place: true, status: true },
    }),
  ]);
  return {
    bodies: bodies.map((body) => ({
      id: body.id,
      name: body.name,
      kind: body.kind,
      description: body.description,
      seats: body.mandates.map((m) => ({
        id: m.id,
        college: m.college,
        position: m.position,
        // The name only with the holder's agreement: residents' names are private otherwise.
        holder: m.showNamePublicly ? (m.member.representativeName ? `${m.member.representativeName} (${m.member.name})` : m.member.name) : null,
      })),
    })),
    minutes,
    // A planned assembly's place may still change: only a convened one shows it.
    nextAssembly: nextAssembly ? { startsAt: nextAssembly.startsAt, place: nextAssembly.status === "CONVENED" ? nextAssembly.place : null } : null,
  };
}

/** Cached by the hour: "now" in the key is rounded so that the next assembly moves on when it is past. */
const cachedGovernance = cachedRead(readPublicGovernance, ["public-governance"], { tags: [GOVERNANCE_PUBLIC_TAG], revalidate: 3600 });
export function getPublicGovernance(now = new Date()) {
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  return cachedGovernance(hour.toISOString());
}
export type PublicGovernance = Awaited<ReturnType<typeof readPublicGovernance>>;

async function readPublishedMinutes(id: string) {
  return db.meeting.findFirst({
    where: { id, minutesStatus: "PUBLISHED" },
    select: {
      id: true,
      startsAt: true,
      place: true,
      minutes: true,
      minutesPublishedAt: true,
      body: { select: { name: true, kind: true } },
      minutesApprovedAt: { select: { startsAt: true } },
      decisions: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true, text: true, votesFor: true, votesAgainst: true, votesAbstain: true, outcome: true } },
    },
  });
}

const cachedMinutes = cachedRead(readPublishedMinutes, ["public-minutes"], { tags: [GOVERNANCE_PUBLIC_TAG], revalidate: 3600 });
const publishedIds = cachedRead(
  async () => (await db.meeting.findMany({ where: { minutesStatus: "PUBLISHED" }, select: { id: true }, take: 5000 })).map((m) => m.id),
  ["public-minutes-ids"],
  { tags: [GOVERNANCE_PUBLIC_TAG], revalidate: 3600 },
);

/**
 * Published minutes with their decisions, or null (unpublished minutes are never read here). Only
 * the ids of published minutes are read and cached one by one: a made-up id adds no cache entry.
 */
export async function getPublishedMinutes(id: string) {
  return (await publishedIds()).includes(id) ? cachedMinutes(id) : null;
}
export type PublishedMinutes = NonNullable<Awaited<ReturnType<typeof readPublishedMinutes>>>;
