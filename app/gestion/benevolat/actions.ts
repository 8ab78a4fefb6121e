"use server";

import { defineAction } from "@/lib/actions/define-action";
import { archiveActivity, createActivity, updateActivity } from "@/lib/volunteering/commands/activities";
import { cancelMission, createMission, updateMission } from "@/lib/volunteering/commands/missions";
import { enterHoursFor, refuseHours, validateHours } from "@/lib/volunteering/commands/hours";
import {
  archiveActivitySchema,
  cancelMissionSchema,
  createActivitySchema,
  createMissionSchema,
  enterHoursForSchema,
  refuseHoursSchema,
  updateActivitySchema,
  updateMissionSchema,
  validateHoursSchema,
} from "@/lib/volunteering/schemas";
import { routes } from "@/lib/routes";

// Staff's: activities, missions and the review of hours. The hours' review stays on its page
// (its filters kept) with a message; the rest goes to the page of what it changed.
const permission = "volunteering:manage";

export const createVolunteerActivityAction = defineAction({
  name: "createVolunteerActivity",
  permission,
  schema: createActivitySchema,
  handler: ({ input, actor }) => createActivity({ actor }, input),
  redirectTo: () => routes.staff.volunteerActivitiesDone,
});

export const updateVolunteerActivityAction = defineAction({
  name: "updateVolunteerActivity",
  permission,
  schema: updateActivitySchema,
  handler: ({ input, actor }) => updateActivity({ actor }, input),
  redirectTo: () => routes.staff.volunteerActivitiesDone,
});

export const archiveVolunteerActivityAction = defineAction({
  name: "archiveVolunteerActivity",
  permission,
  schema: archiveActivitySchema,
  handler: ({ input, actor }) => archiveActivity({ actor }, input),
  redirectTo: () => routes.staff.volunteerActivitiesDone,
});

export const createVolunteerMissionAction = defineAction({
  name: "createVolunteerMission",
  permission,
  schema: createMissionSchema,
  handler: ({ input, actor }) => createMission({ actor }, input),
  redirectTo: (result) => routes.staff.volunteerMission(result.missionId, "creee"),
});

export const updateVolunteerMissionAction = defineAction({
  name: "updateVolunteerMission",
  permission,
  schema: updateMissionSchema,
  handler: ({ input, actor }) => updateMission({ actor }, input),
  redirectTo: (result) => routes.staff.volunteerMission(result.missionId, "modifiee"),
});

export const cancelVolunteerMissionAction = defineAction({
  name: "cancelVolunteerMission",
  permission,
  schema: cancelMissionSchema,
  handler: ({ input, actor }) => cancelMission({ actor }, input),
  redirectTo: (result) => routes.staff.volunteerMission(result.missionId, "annulee"),
});

export const enterVolunteerHoursAction = defineAction({
  name: "enterVolunteerHours",
  permission,
  schema: enterHoursForSchema,
  handler: ({ input, actor }) => enterHoursFor({ actor }, input),
  redirectTo: () => routes.staff.volunteerHoursDone,
});

export const validateVolunteerHoursAction = defineAction({
  name: "validateVolunteerHours",
  permission,
  schema: validateHoursSchema,
  handler: ({ input, actor }) => validateHours({ actor }, input),
  successMessage: "Heures validées.",
});

export const refuseVolunteerHoursAction = defineAction({
  name: "refuseVolunteerHours",
  permission,
  schema: refuseHoursSchema,
  handler: ({ input, actor }) => refuseHours({ actor }, input),
  successMessage: "Heures refusées.",
});
