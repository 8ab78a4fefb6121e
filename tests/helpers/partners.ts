import { db } from "@/lib/db";
import { actorOf, createPartner, type TestUser } from "./factories";
import { lastMailTo, type CapturedMail } from "./mail";
import { invitePartnerContact } from "@/lib/partners/commands/staff";

/** Partners' test records: contacts, an invitation and its mailed link. */

let sequence = 0;

export async function createContact(partnerId: string, options: { name?: string; email?: string | null; archived?: boolean } = {}) {
  const n = ++sequence;
  return db.partnerContact.create({
    data: {
      partnerId,
      name: options.name ?? `Contact ${n}`,
      jobTitle: "Responsable de secteur",
      email: options.email === undefined ? `contact-${n}@bailleur.test` : options.email,
      archivedAt: options.archived ? new Date() : null,
    },
    select: { id: true, partnerId: true, email: true, version: true, name: true },
  });
}

/** The invitation link of a mail, and its token. */
export function invitationLinkIn(mail: CapturedMail): { url: URL; token: string } {
  const match = /https?:\/\/\S+\/invitation\/partenaire\?token=[A-Za-z0-9_-]+/.exec(mail.text);
  if (!match) throw new Error(`No invitation link in this mail:\n${mail.text}`);
  const url = new URL(match[0]);
  return { url, token: url.searchParams.get("token") ?? "" };
}

/** A partner, one of its contacts, and an invitation sent to it by `staff`: the token from the mail. */
export async function invitedContact(staff: TestUser, options: { email?: string; partnerName?: string } = {}) {
  const partner = await createPartner({ name: options.partnerName });
  const contact = await createContact(partner.id, { email: options.email });
  const { invitationId } = await invitePartnerContact({ actor: actorOf(staff) }, { contactId: contact.id, version: contact.version });
  const mail = lastMailTo(contact.email!);
  if (!mail) throw new Error(`No invitation mailed to ${contact.email}`);
  return { partner, contact, invitationId, token: invitationLinkIn(mail).token };
}
