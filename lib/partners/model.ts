import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerKind } from "@/lib/generated/prisma/enums";

/**
 * The Régie's partners, without the database: kinds and their labels, field limits, the
 * invitation's life, and the French messages the commands and forms share.
 */

export const PARTNER_KINDS = ["LOCAL_AUTHORITY", "SOCIAL_LANDLORD", "SOCIO_ECONOMIC"] as const satisfies readonly PartnerKind[];

export const PARTNER_KIND_LABELS = {
  LOCAL_AUTHORITY: "Collectivité locale",
  SOCIAL_LANDLORD: "Bailleur social",
  SOCIO_ECONOMIC: "Partenaire socio-économique",
} as const satisfies Record<PartnerKind, string>;

export const PARTNER_NAME_MAX = 120;
export const PARTNER_DESCRIPTION_MAX = 1000;
export const PARTNER_ADDRESS_MAX = 300;
export const URL_MAX = 300;
export const PHONE_MAX = 20;
export const SUBTYPE_NAME_MAX = 60;
export const CONTACT_NAME_MAX = 100;
export const JOB_TITLE_MAX = 100;

/** An invitation link works for a week, once. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const PARTNERS_PAGE_SIZE = 20;

export const PARTNER_NOT_FOUND = "Ce partenaire n'existe pas ou plus.";
export const PARTNER_CONFLICT = "Ce partenaire a été modifié par quelqu'un d'autre entre-temps. Rechargez la page pour voir ses informations à jour.";
export const PARTNER_ARCHIVED = "Ce partenaire est archivé : désarchivez-le d'abord.";
export const CONTACT_NOT_FOUND = "Ce contact n'existe pas ou plus.";
export const CONTACT_CONFLICT = "Ce contact a été modifié par quelqu'un d'autre entre-temps. Rechargez la page pour voir ses informations à jour.";
export const CONTACT_ARCHIVED = "Ce contact est archivé : il ne peut pas être invité.";
export const CONTACT_WITHOUT_EMAIL = "Ajoutez d'abord l'adresse e-mail de ce contact : l'invitation lui est envoyée par e-mail.";
export const CONTACT_HAS_ACCOUNT = "Ce contact a déjà un compte sur le portail.";
export const SUBTYPE_NOT_FOUND = "Cette précision n'existe pas ou plus.";
export const SUBTYPE_INACTIVE = "Cette précision n'est plus proposée : choisissez-en une autre.";
export const INVITATION_INVALID = "Ce lien d'invitation n'est pas valable. Demandez à la Régie de vous en envoyer un nouveau.";
export const INVITATION_EXPIRED = "Ce lien d'invitation a expiré (il était valable 7 jours). Demandez à la Régie de vous en envoyer un nouveau.";
export const INVITATION_USED = "Ce lien d'invitation a déjà servi. Connectez-vous avec votre compte.";
export const INVITATION_REVOKED = "Ce lien d'invitation a été remplacé ou retiré. Utilisez le dernier lien reçu, ou demandez-en un nouveau à la Régie.";
export const INVITATION_EMAIL_TAKEN = "Un compte existe déjà avec cette adresse : connectez-vous avec lui pour accepter l'invitation.";
export const INVITATION_OTHER_ACCOUNT = "Vous êtes connecté avec un autre compte que celui de l'adresse invitée. Déconnectez-vous, puis connectez-vous avec le compte de cette adresse.";
export const INVITATION_NEEDS_NEW_ACCOUNT = "Aucun compte n'existe encore avec cette adresse : créez-le avec le formulaire de cette page.";

export const duplicatePartnerName = (name: string) => `Un partenaire s'appelle déjà « ${name} » (archivé ou non). Choisissez un autre nom.`;
export const duplicateSubtypeName = (name: string) => `La précision « ${name} » existe déjà.`;

export type InvitationState = "pending" | "used" | "revoked" | "expired";

/**
 * The invitations whose link still works, as a database filter: not used, not revoked, not
 * expired (invitationState's "pending"). Archiving a partner or a contact revokes their pending
 * invitations (commands/staff.ts), so an archived one needs no condition of its own here.
 */
export const pendingInvitationWhere = (now: Date) =>
  ({ usedAt: null, revokedAt: null, expiresAt: { gt: now } }) satisfies Prisma.PartnerInvitationWhereInput;

/** Where an invitation stands: a used or revoked one says so even once past its date. */
export function invitationState(invitation: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (invitation.usedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "pending";
}

export const INVITATION_STATE_LABELS: Record<InvitationState, string> = {
  pending: "En attente",
  used: "Acceptée",
  revoked: "Remplacée ou retirée",
  expired: "Expirée",
};

/** Why a link does not open anything, by the invitation's state. */
export const INVITATION_REFUSALS: Record<Exclude<InvitationState, "pending">, string> = {
  used: INVITATION_USED,
  revoked: INVITATION_REVOKED,
  expired: INVITATION_EXPIRED,
};
