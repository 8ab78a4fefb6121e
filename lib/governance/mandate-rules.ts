/**
 * The rules a mandate must keep, pure (no database): the command loads the body's other mandates
 * and the statutes' versions, and this module says what is wrong, in French. Days are `@db.Date`
 * values (00:00 UTC); a mandate's `endsOn` is its last day, null while open-ended.
 */
import type { BodyKind, College, MandatePosition } from "@/lib/generated/prisma/enums";
import { SINGLE_POSITIONS, MANDATE_POSITION_LABELS } from "@/lib/governance/model";
import { COLLEGE_LABELS } from "@/lib/membership/model";
import { formatDay } from "@/lib/format/dates";
import { seatsOf, type StatutesSettings } from "@/lib/governance/statutes-rules";

export type DayRange = { startsOn: Date; endsOn: Date | null };
export type MandateSlot = DayRange & { memberId: string; college: College; position: MandatePosition };
export type StatutesAt = StatutesSettings & { effectiveFrom: Date };
export type MandateProblem = { field: "startsOn" | "endsOn" | "position" | "memberId" | "college"; message: string };

export const END_BEFORE_START = "La fin du mandat ne peut pas précéder son début.";
export const NOT_A_MEMBER = (college: College, year: number) =>
  `Cette personne n'a pas d'adhésion active au collège « ${COLLEGE_LABELS[college]} » pour ${year} : seul un membre du collège peut y siéger.`;
export const POSITION_TAKEN = (position: MandatePosition, from: Date) =>
  `Le poste de ${MANDATE_POSITION_LABELS[position].toLowerCase()} est déjà tenu dans cette instance sur cette période (mandat commencé le ${formatDay(from)}) : terminez-le d'abord.`;
export const ALREADY_SITTING = (from: Date) => `Cette personne a déjà un mandat dans cette instance sur cette période (commencé le ${formatDay(from)}).`;
export const SEATS_FULL = (college: College, seats: number, day: Date) =>
  `Les ${seats} sièges du collège « ${COLLEGE_LABELS[college]} » au conseil d'administration seraient dépassés le ${formatDay(day)}.`;
export const RESIDENTS_SHARE = (percent: number, day: Date) =>
  `La part des habitants (au moins ${percent} % des sièges du conseil) ne serait plus garantie le ${formatDay(day)} : les autres collèges occuperaient trop de sièges.`;
export const NO_STATUTES_FOR_MANDATE = "Les statuts n'ont pas encore de version en vigueur à cette date : l'administrateur doit d'abord les saisir.";

/** Two ranges share a day (an open end runs for ever). */
export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  const aEndsBeforeB = a.endsOn !== null && a.endsOn < b.startsOn;
  const bEndsBeforeA = b.endsOn !== null && b.endsOn < a.startsOn;
  return !aEndsBeforeB && !bEndsBeforeA;
}

const covers = (range: DayRange, day: Date) => range.startsOn <= day && (range.endsOn === null || range.endsOn >= day);

/** The statutes in force on `day`: the latest version effective that day (versions in any order). */
export function statutesOn<T extends { effectiveFrom: Date }>(versions: readonly T[], day: Date): T | null {
  let found: T | null = null;
  for (const version of versions) {
    if (version.effectiveFrom <= day && (!found || version.effectiveFrom >= found.effectiveFrom)) found = version;
  }
  return found;
}

/**
 * The holder must be a member of the mandate's college: an ACTIVE membership in that college for
 * the year the mandate starts. A mandate recorded after the fact (starting before this year) is
 * accepted on this year's active membership in that college instead, since last years' registers
 * may not have been entered in the portal.
 */
export function holdsCollegeMembership(memberships: readonly { year: number; college: College }[], college: College, startsOn: Date, today: Date): boolean {
  const startYear = startsOn.getUTCFullYear();
  const thisYear = today.getUTCFullYear();
  return memberships.some((m) => m.college === college && (m.year === startYear || (startYear < thisYear && m.year === thisYear)));
}

/**
 * What is wrong with `candidate` among the body's `others` (its other mandates, the edited one
 * left out), or an empty list. On the board (BOARD kind), on every day of the candidate's range:
 * - its college's concurrent mandates never exceed the statutes' seats for that college;
 * - the residents' share: we read "the residents' college holds at least N % of the board's seats"
 *   as a reservation, so the other colleges together may fill at most the seats left once the
 *   residents' share of the total is set aside (total − ⌈N % × total⌉), whatever the statutes'
 *   per-college seats say (a later version may lower the total). An empty residents' college does
 *   not block the board from sitting: only seats taken by others count against the share.
 * The counts change only where a mandate starts or a statutes version takes effect, so those days
 * (within the range) are the only ones to check.
 */
export function mandateProblems(input: {
  candidate: MandateSlot;
  others: readonly MandateSlot[];
  bodyKind: BodyKind;
  statutes: readonly StatutesAt[];
}): MandateProblem[] {
  const { candidate, others, bodyKind, statutes } = input;
  if (candidate.endsOn !== null && candidate.endsOn < candidate.startsOn) return [{ field: "endsOn", message: END_BEFORE_START }];
  const problems: MandateProblem[] = [];
  const overlapping = others.filter((other) => rangesOverlap(other, candidate));

  const samePerson = overlapping.find((other) => other.memberId === candidate.memberId);
  if (samePerson) problems.push({ field: "memberId", message: ALREADY_SITTING(samePerson.startsOn) });

  if ((SINGLE_POSITIONS as readonly MandatePosition[]).includes(candidate.position)) {
    const holder = overlapping.find((other) => other.position === candidate.position);
    if (holder) problems.push({ field: "position", message: POSITION_TAKEN(candidate.position, holder.startsOn) });
  }

  if (bodyKind === "BOARD") {
    const days = [candidate.startsOn, ...overlapping.map((o) => o.startsOn), ...statutes.map((s) => s.effectiveFrom)]
      .filter((day) => covers(candidate, day))
      .sort((a, b) => a.getTime() - b.getTime());
    for (const day of days) {
      const inForce = statutesOn(statutes, day);
      if (!inForce) {
        problems.push({ field: "startsOn", message: NO_STATUTES_FOR_MANDATE });
        break;
      }
      const sitting = overlapping.filter((o) => covers(o, day));
      const seats = seatsOf(inForce);
      const sameCollege = sitting.filter((o) => o.college === candidate.college).length + 1;
      if (sameCollege > seats[candidate.college]) {
        problems.push({ field: "college", message: SEATS_FULL(candidate.college, seats[candidate.college], day) });
        break;
      }
      if (candidate.college !== "RESIDENTS") {
        const others = sitting.filter((o) => o.college !== "RESIDENTS").length + 1;
        if (others > nonResidentSeats(inForce)) {
          problems.push({ field: "college", message: RESIDENTS_SHARE(inForce.residentsMinSharePercent, day) });
          break;
        }
      }
    }
  }
  return problems;
}

/** The board's seats the other colleges may fill together once the residents' share is set aside. */
export function nonResidentSeats(settings: StatutesSettings): number {
  const seats = seatsOf(settings);
  const total = seats.RESIDENTS + seats.LOCAL_AUTHORITIES + seats.SOCIAL_LANDLORDS + seats.SOCIO_ECONOMIC_PARTNERS;
  return total - Math.ceil((settings.residentsMinSharePercent * total) / 100);
}

/** A mandate ends within `days` days of `today` (its last day from today to today + days). */
export function endsWithin(range: DayRange, today: Date, days: number): boolean {
  if (range.endsOn === null || range.endsOn < today) return false;
  return range.endsOn.getTime() - today.getTime() <= days * 24 * 60 * 60 * 1000;
}
