/**
 * The attendance form's rules, pure (unit-tested): each member of the body is present,
 * represented, excused or absent; a represented member names a holder who is a member of the same
 * body, present, not themself; no holder carries more than the statutes' number of proxies.
 * Returns the errors by member, so the form shows them next to the row.
 */
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";

export type AttendanceEntry = { memberId: string; status: AttendanceStatus; proxyHolderId: string | null };

export const PROXY_HOLDER_MISSING = "Choisissez à qui ce membre a donné pouvoir.";
export const PROXY_TO_SELF = "Un membre ne peut pas se donner pouvoir à lui-même.";
export const PROXY_HOLDER_NOT_MEMBER = "Le pouvoir ne peut être donné qu'à un membre de la même instance.";
export const PROXY_HOLDER_NOT_PRESENT = "Le porteur du pouvoir doit être présent à la réunion.";
export const proxyLimitExceeded = (limit: number) =>
  `Ce membre porterait plus de ${limit} pouvoir${limit > 1 ? "s" : ""} : les statuts en permettent ${limit} par personne.`;
export const NOT_A_BODY_MEMBER = "Cette personne ne siège pas dans cette instance à la date de la réunion.";

/** Blank proxy holders are dropped from the rows that are not represented (a leftover choice in the form). */
export function normalizeAttendance(entries: readonly AttendanceEntry[]): AttendanceEntry[] {
  return entries.map((entry) => ({ ...entry, proxyHolderId: entry.status === "REPRESENTED" ? entry.proxyHolderId : null }));
}

/** Errors keyed by the member's id (the represented member's row, or the holder's for the limit); empty when the form is right. */
export function attendanceErrors(entries: readonly AttendanceEntry[], bodyMemberIds: ReadonlySet<string>, proxiesPerPerson: number): Record<string, string> {
  const errors: Record<string, string> = {};
  const byMember = new Map(entries.map((entry) => [entry.memberId, entry]));
  const held = new Map<string, number>();
  for (const entry of entries) {
    if (!bodyMemberIds.has(entry.memberId)) {
      errors[entry.memberId] = NOT_A_BODY_MEMBER;
      continue;
    }
    if (entry.status !== "REPRESENTED") continue;
    const holderId = entry.proxyHolderId;
    if (!holderId) errors[entry.memberId] = PROXY_HOLDER_MISSING;
    else if (holderId === entry.memberId) errors[entry.memberId] = PROXY_TO_SELF;
    else if (!bodyMemberIds.has(holderId)) errors[entry.memberId] = PROXY_HOLDER_NOT_MEMBER;
    else if (byMember.get(holderId)?.status !== "PRESENT") errors[entry.memberId] = PROXY_HOLDER_NOT_PRESENT;
    else held.set(holderId, (held.get(holderId) ?? 0) + 1);
  }
  for (const [holderId, count] of held) if (count > proxiesPerPerson) errors[holderId] = proxyLimitExceeded(proxiesPerPerson);
  return errors;
}

/** Present and represented members, counted from the rows. */
export function attendanceCounts(entries: readonly Pick<AttendanceEntry, "status">[]): { present: number; represented: number } {
  let present = 0;
  let represented = 0;
  for (const entry of entries) {
    if (entry.status === "PRESENT") present++;
    else if (entry.status === "REPRESENTED") represented++;
  }
  return { present, represented };
}
