import { db } from "@/lib/db";
import { newLinkToken } from "@/lib/people/tokens";
import { createContact } from "../../helpers/partners";
import { EVERY_ROLE_BUT_STAFF, type Fixture, type GuardedCase } from "./shared";

/**
 * The partners actions' callers to refuse, and a valid input (see shared.ts). Keeping partners is
 * staff's: the administrator reads them but may not change them. Behaviour: tests/integration/partners/.
 */

const staffOnly: Pick<GuardedCase, "wrongRoles" | "allowed"> = { wrongRoles: EVERY_ROLE_BUT_STAFF, allowed: ["STAFF"] };

async function pendingInvitation(partnerId: string, email?: string) {
  const contact = await createContact(partnerId, { email });
  const { token, tokenHash } = newLinkToken();
  const invitation = await db.partnerInvitation.create({
    data: { partnerId, contactId: contact.id, email: contact.email!, tokenHash, expiresAt: new Date(Date.now() + 60 * 60 * 1000) },
    select: { id: true },
  });
  return { id: invitation.id, token };
}

const subtype = (name: string) => db.partnerSubtype.create({ data: { name }, select: { id: true } });

export const cases: Record<string, GuardedCase> = {
  createPartner: { ...staffOnly, input: () => ({ name: "Centre social des Tilleuls", kind: "SOCIO_ECONOMIC" }) },
  updatePartner: { ...staffOnly, input: ({ reports }: Fixture) => ({ partnerId: reports.partnerId, version: "0", name: "Bailleur renommé", kind: "SOCIAL_LANDLORD" }) },
  setPartnerArchived: { ...staffOnly, input: ({ reports }: Fixture) => ({ partnerId: reports.partnerId, version: "0", archived: "true" }) },
  createPartnerContact: { ...staffOnly, input: ({ reports }: Fixture) => ({ partnerId: reports.partnerId, name: "Nadia Ferhat", email: "nadia@bailleur.test" }) },
  updatePartnerContact: {
    ...staffOnly,
    input: async ({ reports }: Fixture) => ({ contactId: (await createContact(reports.partnerId)).id, version: "0", name: "Nadia Ferhat", jobTitle: "Gardienne" }),
  },
  setPartnerContactArchived: {
    ...staffOnly,
    input: async ({ reports }: Fixture) => ({ contactId: (await createContact(reports.partnerId)).id, version: "0", archived: "true" }),
  },
  invitePartnerContact: {
    ...staffOnly,
    input: async ({ reports }: Fixture) => ({ contactId: (await createContact(reports.partnerId)).id, version: "0" }),
  },
  revokePartnerInvitation: { ...staffOnly, input: async ({ reports }: Fixture) => ({ invitationId: (await pendingInvitation(reports.partnerId)).id }) },
  createPartnerSubtype: { ...staffOnly, input: () => ({ name: "Association de locataires" }) },
  renamePartnerSubtype: { ...staffOnly, input: async () => ({ subtypeId: (await subtype("Asso")).id, name: "Association" }) },
  setPartnerSubtypeActive: { ...staffOnly, input: async () => ({ subtypeId: (await subtype("Association")).id, active: "false" }) },
  // Any signed-in account, for the invited address only (another account is refused in partners/invitations.test.ts).
  acceptPartnerInvitation: {
    wrongRoles: [],
    allowed: "target",
    input: async ({ reports, target }: Fixture) => ({ token: (await pendingInvitation(reports.partnerId, target.email)).token }),
  },
};
