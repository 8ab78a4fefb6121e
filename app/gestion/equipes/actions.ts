"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createTeam, setTeamArchived, updateTeam } from "@/lib/employees/commands/staff";
import { createTeamSchema, setTeamArchivedSchema, updateTeamSchema } from "@/lib/employees/schemas";
import { routes } from "@/lib/routes";

const permission = "employees:manage";

export const createTeamAction = defineAction({
  name: "createTeam",
  permission,
  schema: createTeamSchema,
  handler: ({ input, actor }) => createTeam({ actor }, input),
  redirectTo: (team) => routes.staff.team(team.id, { notice: "creee" }),
});

export const updateTeamAction = defineAction({
  name: "updateTeam",
  permission,
  schema: updateTeamSchema,
  handler: ({ input, actor }) => updateTeam({ actor }, input),
  redirectTo: (team) => routes.staff.team(team.id, { notice: "modifiee" }),
});

export const setTeamArchivedAction = defineAction({
  name: "setTeamArchived",
  permission,
  schema: setTeamArchivedSchema,
  handler: ({ input, actor }) => setTeamArchived({ actor }, input),
  redirectTo: (team) => routes.staff.team(team.id, { notice: team.archived ? "archivee" : "restauree" }),
});
