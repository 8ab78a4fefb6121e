import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { toDay } from "@/lib/core/calendar";
import type { BodyKind, College, MandatePosition, MembershipStatus } from "@/lib/generated/prisma/enums";
import type { StatutesSettings } from "@/lib/governance/statutes-rules";

/**
 * Governance test data written straight through Prisma: members and their memberships (the
 * membership domain's own code is not needed for these tests), bodies, statutes and mandates.
 */

let sequence = 0;

export const THIS_YEAR = new Date().getUTCFullYear();

/** A member with an ACTIVE membership in `college` for this year (and `years` more, if given). */
export async function createMember(options: { name?: string; userId?: string | null; college?: College; years?: number[]; status?: MembershipStatus } = {}) {
  const n = ++sequence;
  const college = options.college ?? "RESIDENTS";
  const kind = college === "RESIDENTS" ? "PERSON" : "ORGANISATION";
  return db.member.create({
    data: {
      kind,
      name: options.name ?? `Adhérent ${n}`,
      representativeName: kind === "ORGANISATION" ? `Représentant ${n}` : null,
      userId: options.userId ?? null,
      memberships: {
        create: (options.years ?? [THIS_YEAR]).map((year) => ({ year, college, feeCents: 1000, status: options.status ?? "ACTIVE", source: "PAPER" as const })),
      },
    },
    select: { id: true, name: true, userId: true },
  });
}

export async function createBodyRow(kind: BodyKind = "BOARD", name?: string) {
  return db.governanceBody.create({ data: { kind, name: name ?? `Instance ${++sequence}` }, select: { id: true, version: true } });
}

export const STATUTES_2024: StatutesSettings = {
  boardSeatsResidents: 12,
  boardSeatsLocalAuthorities: 2,
  boardSeatsSocialLandlords: 2,
  boardSeatsSocioEconomic: 3,
  residentsMinSharePercent: 51,
  quorumAssemblyPercent: 25,
  quorumBoardPercent: 50,
  quorumOtherPercent: 50,
  proxiesCountForQuorum: true,
  proxiesPerPerson: 2,
  flagEmployeeMandates: true,
};

export async function createStatutesRow(overrides: Partial<StatutesSettings> & { effectiveFrom?: string } = {}) {
  const { effectiveFrom, ...settings } = overrides;
  return db.statutesVersion.create({ data: { ...STATUTES_2024, ...settings, effectiveFrom: toDay(effectiveFrom ?? "2024-01-01") }, select: { id: true } });
}

export async function createMandateRow(options: { bodyId: string; memberId: string; college?: College; position?: MandatePosition; startsOn?: string; endsOn?: string | null; showNamePublicly?: boolean }) {
  return db.mandate.create({
    data: {
      bodyId: options.bodyId,
      memberId: options.memberId,
      college: options.college ?? "RESIDENTS",
      position: options.position ?? "MEMBER",
      startsOn: toDay(options.startsOn ?? `${THIS_YEAR}-01-01`),
      endsOn: options.endsOn ? toDay(options.endsOn) : null,
      showNamePublicly: options.showNamePublicly ?? false,
    },
    select: { id: true, version: true },
  });
}

/** A fresh idempotency key, as a creation form is rendered with. */
export const formKey = () => randomBytes(12).toString("hex");
