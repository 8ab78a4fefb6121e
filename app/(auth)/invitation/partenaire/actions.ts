"use server";

import { defineAction } from "@/lib/actions/define-action";
import { clientKey } from "@/lib/auth/client-key";
import { startSession } from "@/lib/auth/session";
import { throttle } from "@/lib/auth/throttle";
import { ForbiddenError } from "@/lib/core/errors";
import { INVITATION_OTHER_ACCOUNT } from "@/lib/partners/model";
import { acceptInvitationAsSignedIn, acceptInvitationWithNewAccount } from "@/lib/partners/commands/invitation";
import { acceptInvitationNewAccountSchema, acceptInvitationSchema } from "@/lib/partners/schemas";
import { hashLinkToken } from "@/lib/people/tokens";
import { routes } from "@/lib/routes";

/**
 * The public page of a partner invitation. Opening an account: the link's token is the
 * credential (public action), throttled per client and per link before anything else; the
 * password is hashed only for a working link and no mail is sent. Accepting with an existing
 * account: signed in with the invited address.
 */

export const acceptPartnerInvitationNewAccountAction = defineAction({
  name: "acceptPartnerInvitationNewAccount",
  public: true,
  schema: acceptInvitationNewAccountSchema,
  handler: async ({ input, actor }) => {
    // Signed in as someone else: the new account would silently replace their session.
    if (actor) throw new ForbiddenError(INVITATION_OTHER_ACCOUNT);
    await throttle("partnerInvitationByClient", await clientKey());
    await throttle("partnerInvitationByToken", hashLinkToken(input.token));
    const accepted = await acceptInvitationWithNewAccount(input);
    await startSession(accepted.userId);
    return accepted;
  },
  redirectTo: () => routes.partner.home,
});

export const acceptPartnerInvitationAction = defineAction({
  name: "acceptPartnerInvitation",
  permission: "account:manage-own",
  schema: acceptInvitationSchema,
  handler: async ({ input, actor }) => {
    await throttle("partnerInvitationByToken", hashLinkToken(input.token));
    return acceptInvitationAsSignedIn({ actor }, input);
  },
  redirectTo: () => routes.partner.home,
});
