"use server";

import { defineAction } from "@/lib/actions/define-action";
import { cancelOwnMembership, joinMembership } from "@/lib/membership/commands/member";
import { cancelMembershipSchema, joinMembershipSchema } from "@/lib/membership/schemas";
import { routes } from "@/lib/routes";

// A person's own membership: joining for this year, cancelling it while unpaid. The member is the
// caller's account, never an id sent by the form (lib/membership/commands/member.ts).

export const joinMembershipAction = defineAction({
  name: "joinMembership",
  permission: "membership:join",
  schema: joinMembershipSchema,
  handler: ({ input, actor }) => joinMembership({ actor }, input),
  redirectTo: () => routes.mine.membershipDone("demandee"),
});

export const cancelMyMembershipAction = defineAction({
  name: "cancelMyMembership",
  permission: "membership:view-own",
  schema: cancelMembershipSchema,
  handler: ({ input, actor }) => cancelOwnMembership({ actor }, input),
  redirectTo: () => routes.mine.membershipDone("annulee"),
});
