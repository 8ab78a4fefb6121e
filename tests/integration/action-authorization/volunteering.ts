import type { Role } from "@/lib/generated/prisma/enums";
import { createActivityRow, createHoursRow, createMissionRow, createProfileRow, createSignupRow } from "../../helpers/volunteering";
import { EVERY_ROLE_BUT_STAFF, type Fixture, type GuardedCase } from "./shared";

/** The volunteering actions' callers to refuse, and a valid input (see shared.ts); behaviour in tests/integration/volunteering/. */

/** Everyone but a volunteer: taking part is the VOLUNTEER role's (policy volunteering:take-part). */
const EVERY_ROLE_BUT_VOLUNTEER: Role[][] = [
  ["RESIDENT"],
  ["MEMBER"],
  ["EMPLOYEE"],
  ["STAFF"],
  ["PARTNER"],
  ["BOARD_MEMBER"],
  ["ADMIN"],
  ["RESIDENT", "MEMBER", "EMPLOYEE", "STAFF", "PARTNER", "BOARD_MEMBER", "ADMIN"],
];
/** Who may not become a volunteer (policy volunteering:join: those who may report). */
const NOT_JOINERS: Role[][] = [["PARTNER"], ["ADMIN"], ["PARTNER", "ADMIN"]];

const staffOnly = (input: GuardedCase["input"]): GuardedCase => ({ wrongRoles: EVERY_ROLE_BUT_STAFF, allowed: ["STAFF"], input });
const volunteerOwn = (input: GuardedCase["input"]): GuardedCase => ({ wrongRoles: EVERY_ROLE_BUT_VOLUNTEER, allowed: "target", input });

const missionFields = (activityId: string) => ({
  title: "Atelier jardin",
  activityId,
  day: "2027-04-10",
  startTime: "09:00",
  endTime: "12:00",
  place: "Jardin des Lilas",
  places: "4",
});
const hoursFields = (activityId: string) => ({ day: "2026-03-14", hours: "2", minutes: "30", activityId });
const targetHours = async (f: Fixture) => createHoursRow({ userId: f.target.id });

export const cases: Record<string, GuardedCase> = {
  saveVolunteerProfile: { wrongRoles: NOT_JOINERS, allowed: "target", input: () => ({ skills: ["Jardinage"], availability: "Le samedi matin" }) },
  signUpForMission: volunteerOwn(async () => ({ missionId: (await createMissionRow()).id })),
  withdrawFromMission: volunteerOwn(async (f) => {
    const mission = await createMissionRow();
    await createSignupRow(mission.id, f.target.id);
    return { missionId: mission.id, confirm: "on" };
  }),
  enterOwnHours: volunteerOwn(async () => hoursFields((await createActivityRow()).id)),
  correctOwnHours: volunteerOwn(async (f) => {
    const hours = await targetHours(f);
    return { hoursId: hours.id, version: "0", ...hoursFields(hours.activityId), hours: "3" };
  }),
  deleteOwnHours: volunteerOwn(async (f) => ({ hoursId: (await targetHours(f)).id, version: "0", confirm: "on" })),

  createVolunteerActivity: staffOnly(() => ({ name: "Animation", hourlyRate: "12,50" })),
  updateVolunteerActivity: staffOnly(async () => ({ activityId: (await createActivityRow()).id, name: "Animation de rue", hourlyRate: "14" })),
  archiveVolunteerActivity: staffOnly(async () => ({ activityId: (await createActivityRow()).id })),
  createVolunteerMission: staffOnly(async () => missionFields((await createActivityRow()).id)),
  updateVolunteerMission: staffOnly(async () => {
    const mission = await createMissionRow();
    return { missionId: mission.id, version: "0", ...missionFields(mission.activityId), title: "Atelier jardin et compost" };
  }),
  cancelVolunteerMission: staffOnly(async () => ({ missionId: (await createMissionRow()).id, version: "0", reason: "Alerte météo", confirm: "on" })),
  enterVolunteerHours: staffOnly(async (f) => {
    await createProfileRow(f.target.id);
    return { userId: f.target.id, ...hoursFields((await createActivityRow()).id) };
  }),
  validateVolunteerHours: staffOnly(async (f) => ({ hoursId: (await targetHours(f)).id, version: "0" })),
  refuseVolunteerHours: staffOnly(async (f) => ({ hoursId: (await targetHours(f)).id, version: "0", reason: "Ce jour-là, la mission était annulée." })),
};
