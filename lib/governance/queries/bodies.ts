import "server-only";
import { db, type Tx } from "@/lib/db";
import { addDays, parisToday, parisYear } from "@/lib/core/calendar";
import type { BodyKind, College, MandatePosition } from "@/lib/generated/prisma/enums";
import { COLLEGES } from "@/lib/membership/model";
import { endsWithin } from "@/lib/governance/mandate-rules";
import { seatsOf } from "@/lib/governance/statutes-rules";
import { statutesInForce } from "@/lib/governance/statutes";

/**
 * The reads of the bodies and their mandates, for the board space (lib/governance's pages and the
 * meetings') and, trimmed, for the public page. Every read is a handful of queries whatever the
 * number of bodies: bodies with their mandates in one, the statutes in one, the employees in one.
 */

/** Mandates ending within this many days are shown as ending soon. */
export const ENDING_SOON_DAYS = 90;

export type MandateRow = {
  id: string;
  memberId: string;
  holderName: string;
  college: College;
  position: MandatePosition;
  startsOn: Date;
  endsOn: Date | null;
  showNamePublicly: boolean;
  version: number;
  endingSoon: boolean;
  /** The holder's account is an active employee's and the statutes ask for the flag. */
  employee: boolean;
};

export type SeatFill = { college: College; filled: number; seats: number };
export type BodyWithMandates = {
  id: string;
  kind: BodyKind;
  name: string;
  description: string | null;
  sortOrder: number;
  archivedAt: Date | null;
  version: number;
  mandates: MandateRow[];
  /** On the board (BOARD kind) only, with statutes in force: seats filled vs the statutes' per college. */
  seats: SeatFill[] | null;
};

const POSITION_ORDER: Record<MandatePosition, number> = { PRESIDENT: 0, VICE_PRESIDENT: 1, TREASURER: 2, SECRETARY: 3, MEMBER: 4 };
const byPositionThenName = (a: MandateRow, b: MandateRow) => POSITION_ORDER[a.position] - POSITION_ORDER[b.position] || a.holderName.localeCompare(b.holderName, "fr");

const currentOn = (day: Date) => ({ startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] });

const MANDATE_SELECT = {
  id: true,
  memberId: true,
  college: true,
  position: true,
  startsOn: true,
  endsOn: true,
  showNamePublicly: true,
  version: true,
  member: { select: { name: true, userId: true } },
} as const;

/** The user ids among `userIds` that are an active employee's on `day`. */
async function employeeUserIds(userIds: string[], day: Date): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db.employee.findMany({
    where: { userId: { in: userIds }, archivedAt: null, startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] },
    select: { userId: true },
  });
  return new Set(rows.map((row) => row.userId!));
}

type RawMandate = { id: string; memberId: string; college: College; position: MandatePosition; startsOn: Date; endsOn: Date | null; showNamePublicly: boolean; version: number; member: { name: string; userId: string | null } };

function toRows(mandates: RawMandate[], today: Date, employees: Set<string>, flag: boolean): MandateRow[] {
  return mandates.map(({ member, ...m }) => ({
    ...m,
    holderName: member.name,
    endingSoon: endsWithin(m, today, ENDING_SOON_DAYS),
    employee: flag && member.userId !== null && employees.has(member.userId),
  }));
}

function seatFill(mandates: MandateRow[], settings: Awaited<ReturnType<typeof statutesInForce>>): SeatFill[] | null {
  if (!settings) return null;
  const seats = seatsOf(settings);
  return COLLEGES.map((college) => ({ college, seats: seats[college], filled: mandates.filter((m) => m.college === college).length }));
}

/** The bodies (archived ones left out unless asked) with their mandates current on `day` (today in Paris). */
export async function listBodiesWithMandates(options: { day?: Date; includeArchived?: boolean } = {}): Promise<BodyWithMandates[]> {
  const day = options.day ?? parisToday();
  const [bodies, statutes] = await Promise.all([
    db.governanceBody.findMany({
      where: options.includeArchived ? {} : { archivedAt: null },
      orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, kind: true, name: true, description: true, sortOrder: true, archivedAt: true, version: true, mandates: { where: currentOn(day), select: MANDATE_SELECT } },
    }),
    statutesInForce(day),
  ]);
  const flag = statutes?.flagEmployeeMandates ?? false;
  const userIds = flag ? [...new Set(bodies.flatMap((b) => b.mandates.map((m) => m.member.userId)).filter((id): id is string => id !== null))] : [];
  const employees = await employeeUserIds(userIds, day);
  return bodies.map(({ mandates, ...body }) => {
    const rows = toRows(mandates, day, employees, flag).sort(byPositionThenName);
    return { ...body, mandates: rows, seats: body.kind === "BOARD" ? seatFill(rows, statutes) : null };
  });
}

/** Mandates of any body ending within ENDING_SOON_DAYS of `day`, soonest first. */
export async function listMandatesEndingSoon(day: Date = parisToday()) {
  return db.mandate.findMany({
    where: { endsOn: { gte: day, lte: addDays(day, ENDING_SOON_DAYS) }, startsOn: { lte: addDays(day, ENDING_SOON_DAYS) }, body: { archivedAt: null } },
    orderBy: [{ endsOn: "asc" }],
    take: 100,
    select: { id: true, position: true, college: true, endsOn: true, member: { select: { name: true } }, body: { select: { id: true, name: true } } },
  });
}

export const MANDATES_PER_PAGE = 50;

/** One body with its current and future mandates, and a page of its past ones (newest first). */
export async function getBodyWithMandates(bodyId: string, options: { day?: Date; pastPage?: number } = {}) {
  const day = options.day ?? parisToday();
  const page = options.pastPage ?? 1;
  const [body, statutes, past, pastTotal] = await Promise.all([
    db.governanceBody.findUnique({
      where: { id: bodyId },
      select: {
        id: true,
        kind: true,
        name: true,
        description: true,
        sortOrder: true,
        archivedAt: true,
        version: true,
        mandates: { where: { OR: [{ endsOn: null }, { endsOn: { gte: day } }] }, select: MANDATE_SELECT, orderBy: { startsOn: "asc" } },
      },
    }),
    statutesInForce(day),
    db.mandate.findMany({ where: { bodyId, endsOn: { lt: day } }, select: MANDATE_SELECT, orderBy: [{ endsOn: "desc" }, { id: "asc" }], skip: (page - 1) * MANDATES_PER_PAGE, take: MANDATES_PER_PAGE }),
    db.mandate.count({ where: { bodyId, endsOn: { lt: day } } }),
  ]);
  if (!body) return null;
  const flag = statutes?.flagEmployeeMandates ?? false;
  const userIds = flag ? [...new Set(body.mandates.map((m) => m.member.userId).filter((id): id is string => id !== null))] : [];
  const employees = await employeeUserIds(userIds, day);
  const open = toRows(body.mandates, day, employees, flag);
  const current = open.filter((m) => m.startsOn <= day).sort(byPositionThenName);
  const upcoming = open.filter((m) => m.startsOn > day);
  return {
    id: body.id,
    kind: body.kind,
    name: body.name,
    description: body.description,
    sortOrder: body.sortOrder,
    archivedAt: body.archivedAt,
    version: body.version,
    current,
    upcoming,
    past: toRows(past, day, new Set(), false),
    pastTotal,
    seats: body.kind === "BOARD" ? seatFill(current, statutes) : null,
  };
}

/** A mandate for its edit form. */
export async function getMandate(mandateId: string) {
  return db.mandate.findUnique({
    where: { id: mandateId },
    select: { ...MANDATE_SELECT, body: { select: { id: true, name: true, kind: true, archivedAt: true } } },
  });
}

/**
 * The members a mandate may be given to: those with an active membership this year or next, with
 * that membership's college (the rule itself is checked by the command).
 */
export async function listMandateCandidates(day: Date = parisToday()) {
  const year = day.getUTCFullYear();
  const rows = await db.membership.findMany({
    where: { status: "ACTIVE", year: { in: [year, year + 1] } },
    orderBy: [{ member: { name: "asc" } }, { year: "asc" }],
    take: 2000,
    select: { year: true, college: true, member: { select: { id: true, name: true } } },
  });
  const seen = new Map<string, { id: string; name: string; college: College; year: number }>();
  for (const row of rows) if (!seen.has(row.member.id)) seen.set(row.member.id, { ...row.member, college: row.college, year: row.year });
  return [...seen.values()];
}

export type PublicSeat = { position: MandatePosition; college: College; holderName: string | null };
export type PublicBody = { name: string; kind: BodyKind; description: string | null; seats: PublicSeat[] };

/**
 * What the public page may show of the bodies today: per body, each current mandate's position and
 * college, and the holder's name only when they agreed to it (showNamePublicly). Never an id, an
 * email or an account: residents' identities stay private otherwise.
 */
export async function publicComposition(day: Date = parisToday()): Promise<PublicBody[]> {
  const bodies = await db.governanceBody.findMany({
    where: { archivedAt: null },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { name: true, kind: true, description: true, mandates: { where: currentOn(day), select: { position: true, college: true, showNamePublicly: true, member: { select: { name: true } } } } },
  });
  return bodies.map(({ mandates, ...body }) => ({
    ...body,
    seats: mandates
      .map((m) => ({ position: m.position, college: m.college, holderName: m.showNamePublicly ? m.member.name : null }))
      .sort((a, b) => POSITION_ORDER[a.position] - POSITION_ORDER[b.position] || (a.holderName ?? "\uffff").localeCompare(b.holderName ?? "\uffff", "fr")),
  }));
}

/** A body for its edit form (archived bodies are not edited). */
export async function getBodyForEdit(bodyId: string) {
  return db.governanceBody.findFirst({ where: { id: bodyId, archivedAt: null }, select: { id: true, version: true, name: true, kind: true, description: true, sortOrder: true } });
}

/**
 * Who sits in a body at a meeting: for the general assembly every member with an active
 * membership of the meeting's year; for the others the holders of the body's mandates covering
 * the meeting's day (Paris). A member holding two mandates of the body sits once.
 */
export type BodyMember = { id: string; name: string; representativeName: string | null; address: string | null };

const memberSelect = { id: true, name: true, representativeName: true, email: true, user: { select: { email: true } } } as const;

export async function bodyMembersAt(tx: Tx, body: { id: string; kind: BodyKind }, startsAt: Date): Promise<BodyMember[]> {
  const day = parisToday(startsAt);
  const where =
    body.kind === "GENERAL_ASSEMBLY"
      ? { memberships: { some: { year: parisYear(startsAt), status: "ACTIVE" as const } } }
      : { mandates: { some: { bodyId: body.id, startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] } } };
  const members = await tx.member.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], select: memberSelect });
  return members.map((m) => ({ id: m.id, name: m.name, representativeName: m.representativeName, address: m.email ?? m.user?.email ?? null }));
}

/** "Bailleur Habitat 93 (représenté par Mme Diallo)", or the person's name. */
export function memberLabel(member: Pick<BodyMember, "name" | "representativeName">): string {
  return member.representativeName ? `${member.name} (représenté par ${member.representativeName})` : member.name;
}
