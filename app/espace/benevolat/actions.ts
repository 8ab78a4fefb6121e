"use server";

import { defineAction } from "@/lib/actions/define-action";
import { saveProfile } from "@/lib/volunteering/commands/profile";
import { signUp, withdraw } from "@/lib/volunteering/commands/signups";
import { correctOwnHours, deleteOwnHours, enterOwnHours } from "@/lib/volunteering/commands/hours";
import { correctOwnHoursSchema, deleteOwnHoursSchema, enterOwnHoursSchema, profileSchema, signupSchema, withdrawSchema } from "@/lib/volunteering/schemas";
import { routes } from "@/lib/routes";

// The volunteer's own: each command acts on the caller's records only (ctx.actor), and each
// action goes back to Mon espace's volunteering page with what was done.

export const saveVolunteerProfileAction = defineAction({
  name: "saveVolunteerProfile",
  permission: "volunteering:join",
  schema: profileSchema,
  handler: ({ input, actor }) => saveProfile({ actor }, input),
  redirectTo: () => routes.mine.volunteeringDone("profil"),
});

export const signUpForMissionAction = defineAction({
  name: "signUpForMission",
  permission: "volunteering:take-part",
  schema: signupSchema,
  handler: ({ input, actor }) => signUp({ actor }, input),
  redirectTo: (result) => routes.mine.volunteeringDone(result.status === "CONFIRMED" ? "inscrit" : "attente"),
});

export const withdrawFromMissionAction = defineAction({
  name: "withdrawFromMission",
  permission: "volunteering:take-part",
  schema: withdrawSchema,
  handler: ({ input, actor }) => withdraw({ actor }, input),
  redirectTo: () => routes.mine.volunteeringDone("desinscrit"),
});

export const enterOwnHoursAction = defineAction({
  name: "enterOwnHours",
  permission: "volunteering:take-part",
  schema: enterOwnHoursSchema,
  handler: ({ input, actor }) => enterOwnHours({ actor }, input),
  redirectTo: () => routes.mine.volunteeringDone("heures"),
});

export const correctOwnHoursAction = defineAction({
  name: "correctOwnHours",
  permission: "volunteering:take-part",
  schema: correctOwnHoursSchema,
  handler: ({ input, actor }) => correctOwnHours({ actor }, input),
  redirectTo: () => routes.mine.volunteeringDone("heures-corrigees"),
});

export const deleteOwnHoursAction = defineAction({
  name: "deleteOwnHours",
  permission: "volunteering:take-part",
  schema: deleteOwnHoursSchema,
  handler: ({ input, actor }) => deleteOwnHours({ actor }, input),
  redirectTo: () => routes.mine.volunteeringDone("heures-supprimees"),
});
