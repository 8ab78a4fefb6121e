/**
 * Demo partners' people: two or three contacts per partner, invented, with their functions. One
 * contact of Habitat Bellerive is the demo partner account (its invitation was accepted), another
 * has a pending invitation, so the staff page shows each case. Called at the end of seed.ts.
 */
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";

/**
 * The sub-types a Régie starts with (the migration inserts them too; a database emptied by the
 * tests' reset has lost them, so the seed puts back those missing).
 */
const STARTING_SUBTYPES = [
  ["Commune", "LOCAL_AUTHORITY"],
  ["Intercommunalité", "LOCAL_AUTHORITY"],
  ["Département", "LOCAL_AUTHORITY"],
  ["Bailleur social", "SOCIAL_LANDLORD"],
  ["PLIE", "SOCIO_ECONOMIC"],
  ["Mission locale", "SOCIO_ECONOMIC"],
  ["Maison de l'Emploi", "SOCIO_ECONOMIC"],
  ["Centre social", "SOCIO_ECONOMIC"],
  ["Association", "SOCIO_ECONOMIC"],
  ["Entreprise", "SOCIO_ECONOMIC"],
] as const;

type Contact = { name: string; jobTitle: string; phone?: string; email?: string };

const CONTACTS: Record<string, Contact[]> = {
  "Ville de Bellerive": [
    { name: "Isabelle Marchand", jobTitle: "Directrice des services techniques", phone: "02 47 35 12 40", email: "i.marchand@ville-bellerive.test" },
    { name: "Olivier Petitjean", jobTitle: "Responsable propreté urbaine", phone: "02 47 35 12 52", email: "o.petitjean@ville-bellerive.test" },
    { name: "Samia Khelifi", jobTitle: "Chargée de mission politique de la ville", email: "s.khelifi@ville-bellerive.test" },
  ],
  "Habitat Bellerive": [
    { name: "Thomas Girard", jobTitle: "Responsable de secteur Les Tilleuls", phone: "02 47 60 21 10" },
    { name: "Nadia Ferhat", jobTitle: "Gardienne, résidence du Val Fleuri", phone: "06 71 24 58 93", email: "n.ferhat@habitat-bellerive.test" },
    { name: "Laurent Bouvier", jobTitle: "Chargé de maintenance", phone: "02 47 60 21 18" },
  ],
  "Logis du Val": [
    { name: "Céline Arnaud", jobTitle: "Responsable d'agence", phone: "02 47 41 88 00", email: "c.arnaud@logisduval.test" },
    { name: "Mehdi Bensaïd", jobTitle: "Gardien, Clos des Vignes", phone: "06 32 15 47 80" },
  ],
  "PLIE du Val de Bellerive": [
    { name: "Valérie Lemoine", jobTitle: "Référente de parcours", phone: "02 47 29 63 14", email: "v.lemoine@plie-valdebellerive.test" },
    { name: "Jérôme Daniel", jobTitle: "Coordinateur", email: "j.daniel@plie-valdebellerive.test" },
  ],
  "Mission locale de Bellerive": [
    { name: "Aïcha Traoré", jobTitle: "Conseillère en insertion", phone: "02 47 52 30 77", email: "a.traore@ml-bellerive.test" },
    { name: "Romain Fabre", jobTitle: "Directeur", phone: "02 47 52 30 70" },
  ],
  "Centre social Jacques-Prévert": [
    { name: "Hélène Garnier", jobTitle: "Directrice", phone: "02 47 44 19 02", email: "direction@cs-prevert.test" },
    { name: "Yanis Moreau", jobTitle: "Animateur familles", phone: "02 47 44 19 05" },
  ],
};

export async function seedPartners(db: PrismaClient, { staffId, partnerUserId }: { staffId: string; partnerUserId: string }) {
  for (const [index, [name, kind]] of STARTING_SUBTYPES.entries()) {
    await db.partnerSubtype.upsert({ where: { name }, update: {}, create: { name, kind, sortOrder: (index + 1) * 10 } });
  }
  const partners = await db.partner.findMany({ select: { id: true, name: true } });
  const partnerUser = await db.user.findUniqueOrThrow({ where: { id: partnerUserId }, select: { email: true, name: true } });
  for (const partner of partners) {
    for (const contact of CONTACTS[partner.name] ?? []) {
      // The demo partner account is this contact: its address is the account's.
      const isDemoAccount = partner.name === "Habitat Bellerive" && contact.name === partnerUser.name;
      const created = await db.partnerContact.create({
        data: { partnerId: partner.id, ...contact, email: isDemoAccount ? partnerUser.email : (contact.email ?? null), userId: isDemoAccount ? partnerUserId : null },
        select: { id: true, email: true },
      });
      if (!isDemoAccount && contact.name === "Nadia Ferhat" && created.email) {
        // A pending invitation (its token is thrown away: the demo shows the state, not the link).
        const tokenHash = createHash("sha256").update(randomBytes(32).toString("base64url")).digest("hex");
        await db.partnerInvitation.create({
          data: { partnerId: partner.id, contactId: created.id, email: created.email, tokenHash, expiresAt: new Date(Date.now() + 5 * 24 * 60 * 60 * 1000), invitedById: staffId },
        });
      }
    }
  }
}
