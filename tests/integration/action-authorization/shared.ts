/**
 * What the inventory of server actions (../action-authorization.test.ts) shares with the files of
 * cases each domain keeps beside it (one file per domain, so that domains added side by side do
 * not edit one list).
 */
import type { Role } from "@/lib/generated/prisma/enums";
import type { Fields } from "../../helpers/actions";
import type { TestUser } from "../../helpers/factories";

export type Fixture = {
  /** The person the call is about: for own-account actions, the caller themself. */
  target: TestUser;
  targetGrantId: string;
  /** An unread notification of the target's (to open or mark read). */
  targetNotificationId: string;
  /** An open session of the target's on another device (for Mes appareils). */
  targetSessionId: string;
  reports: {
    categoryId: string;
    place: string;
    /** A neighbour's public, open report (for "moi aussi"). */
    openPublicReportId: string;
    /** The target's own report, resolved yesterday (to confirm or reopen). */
    targetResolvedReportId: string;
    targetResolvedReportNumber: number;
    otherCategoryId: string;
    partnerId: string;
    /** A photo of the open public report (for photo moderation). */
    photoId: string;
    /** A report routed to `partnerId` (for the partner's actions). */
    partnerReportId: string;
  };
  /** The report catalog: `otherCategoryId` is used by no report; the template is the last of its status. */
  catalog: { otherCategoryVersion: number; otherCategoryPosition: number; templateId: string; templatePosition: number };
};

export type GuardedCase = {
  /** Signed-in callers who must still be refused ("Accès refusé."), as their sets of roles. */
  wrongRoles: Role[][];
  /** Whom to sign in as for the control call that must be accepted ("partner": a user of the fixture's partner). */
  allowed: "target" | "partner" | Role[];
  /**
   * A valid input: the refusals are about who calls, not about what is sent. It may create the
   * records it names (a contract, a job): it runs before the database snapshot is taken.
   */
  input: (fixture: Fixture) => Fields | Promise<Fields>;
};

export const EVERY_ROLE_BUT_ADMIN: Role[][] = [
  ["RESIDENT"],
  ["MEMBER"],
  ["VOLUNTEER"],
  ["EMPLOYEE"],
  ["STAFF"],
  ["PARTNER"],
  ["BOARD_MEMBER"],
  ["RESIDENT", "MEMBER", "VOLUNTEER", "EMPLOYEE", "STAFF", "PARTNER", "BOARD_MEMBER"],
];

export const EVERY_ROLE_BUT_STAFF: Role[][] = [
  ["RESIDENT"],
  ["MEMBER"],
  ["VOLUNTEER"],
  ["EMPLOYEE"],
  ["PARTNER"],
  ["BOARD_MEMBER"],
  ["ADMIN"],
  ["RESIDENT", "MEMBER", "VOLUNTEER", "EMPLOYEE", "PARTNER", "BOARD_MEMBER", "ADMIN"],
];

export const EVERY_ROLE_BUT_PARTNER: Role[][] = [
  ["RESIDENT"],
  ["MEMBER"],
  ["VOLUNTEER"],
  ["EMPLOYEE"],
  ["STAFF"],
  ["BOARD_MEMBER"],
  ["ADMIN"],
  ["RESIDENT", "MEMBER", "VOLUNTEER", "EMPLOYEE", "STAFF", "BOARD_MEMBER", "ADMIN"],
];

export const EVERY_ROLE_BUT_STAFF_OR_ADMIN: Role[][] = [
  ["RESIDENT"],
  ["MEMBER"],
  ["VOLUNTEER"],
  ["EMPLOYEE"],
  ["PARTNER"],
  ["BOARD_MEMBER"],
  ["RESIDENT", "MEMBER", "VOLUNTEER", "EMPLOYEE", "PARTNER", "BOARD_MEMBER"],
];

