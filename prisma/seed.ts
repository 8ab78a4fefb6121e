/**
 * Demo data: a believable, fictional Régie de quartier in Bellerive, in French.
 * `tsx prisma/seed.ts` seeds (refusing a database that already has people);
 * `--if-empty` seeds only an empty database (first start of `npm run dev`).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { hash } from "@node-rs/argon2";
import { PrismaClient } from "../lib/generated/prisma/client";
import type { Role } from "../lib/generated/prisma/enums";
import { seedReports } from "./seed-reports";
import { seedEmployees } from "./seed-employees";
import { seedTerritory } from "./seed-territory";
import { seedPartners } from "./seed-partners";
import { seedWorkOrders } from "./seed-work-orders";
import { seedContracts } from "./seed-contracts";
import { seedPartnerWork } from "./seed-partner-work";
import { seedMembership } from "./seed-membership";
import { seedGovernance } from "./seed-governance";
import { seedMeetings } from "./seed-meetings";
import { seedVolunteering } from "./seed-volunteering";
import { DEFAULT_RESPONSE_TEMPLATES } from "../lib/report-catalog/default-templates";

export const DEMO_PASSWORD = "quartier-demo-2026";
export const DEMO_DOMAIN = "demo.quartier.test";

export const DEMO_ACCOUNTS = [
  { key: "resident", name: "Amina Benali", roles: ["RESIDENT"] },
  { key: "volunteer", name: "Jean-Pierre Morel", roles: ["RESIDENT", "VOLUNTEER"] },
  { key: "employee", name: "Moussa Diallo", roles: ["RESIDENT", "EMPLOYEE"] },
  { key: "staff", name: "Claire Lefèvre", roles: ["STAFF"] },
  { key: "partner", name: "Thomas Girard", roles: ["PARTNER"] },
  { key: "board", name: "Fatou Camara", roles: ["RESIDENT", "MEMBER", "BOARD_MEMBER"] },
  { key: "admin", name: "Sophie Martin", roles: ["ADMIN"] },
  { key: "multi", name: "Karim Haddad", roles: ["RESIDENT", "EMPLOYEE", "BOARD_MEMBER"] },
] as const satisfies readonly { key: string; name: string; roles: readonly Role[] }[];

export const demoEmail = (key: string) => `${key}@${DEMO_DOMAIN}`;

const PARTNERS = [
  { name: "Ville de Bellerive", kind: "LOCAL_AUTHORITY", label: "Commune", description: "La commune, cliente des marchés d'entretien des espaces publics." },
  { name: "Habitat Bellerive", kind: "SOCIAL_LANDLORD", label: "Office public de l'habitat", description: "Premier bailleur du quartier : résidences des Tilleuls et du Val Fleuri." },
  { name: "Logis du Val", kind: "SOCIAL_LANDLORD", label: "Entreprise sociale pour l'habitat", description: "Bailleur du Clos des Vignes et de la résidence Pasteur." },
  { name: "PLIE du Val de Bellerive", kind: "SOCIO_ECONOMIC", label: "PLIE", description: "Accompagne les salariés en insertion vers l'emploi durable." },
  { name: "Mission locale de Bellerive", kind: "SOCIO_ECONOMIC", label: "Mission locale", description: "Oriente les jeunes de 16 à 25 ans vers nos postes en insertion." },
  { name: "Centre social Jacques-Prévert", kind: "SOCIO_ECONOMIC", label: "Centre social", description: "Partenaire des animations et des actions de lien social." },
] as const;

const TERRITORY = [
  {
    area: "Les Tilleuls",
    description: "Le cœur du quartier, autour de la place du Marché.",
    sites: [
      { name: "Résidence Les Tilleuls", kind: "RESIDENCE", owner: "Habitat Bellerive", address: "rue des Tilleuls", lat: 47.3941, lng: 0.6842,
        buildings: [["Bâtiment A", "2 rue des Tilleuls"], ["Bâtiment B", "4 rue des Tilleuls"], ["Bâtiment C", "6 rue des Tilleuls"], ["Bâtiment D", "8 rue des Tilleuls"]] },
      { name: "Place du Marché", kind: "PUBLIC_SPACE", owner: "Ville de Bellerive", address: "place du Marché", lat: 47.3935, lng: 0.6861, buildings: [] },
    ],
  },
  {
    area: "Le Val Fleuri",
    description: "Les résidences fleuries au sud du quartier.",
    sites: [
      { name: "Résidence du Val Fleuri", kind: "RESIDENCE", owner: "Habitat Bellerive", address: "allée des Fleurs", lat: 47.3902, lng: 0.6875,
        buildings: [["Iris", "1 allée des Fleurs"], ["Jasmin", "3 allée des Fleurs"], ["Lilas", "5 allée des Fleurs"], ["Mimosa", "7 allée des Fleurs"]] },
      { name: "Square Jean-Moulin", kind: "PUBLIC_SPACE", owner: "Ville de Bellerive", address: "avenue Jean-Moulin", lat: 47.3911, lng: 0.6889, buildings: [] },
    ],
  },
  {
    area: "Centre-Bourg",
    description: "Entre la mairie annexe et le groupe scolaire.",
    sites: [
      { name: "Le Clos des Vignes", kind: "RESIDENCE", owner: "Logis du Val", address: "rue des Vignes", lat: 47.3968, lng: 0.6811,
        buildings: [["Bâtiment 1", "10 rue des Vignes"], ["Bâtiment 2", "12 rue des Vignes"], ["Bâtiment 3", "14 rue des Vignes"]] },
      { name: "Résidence Pasteur", kind: "RESIDENCE", owner: "Logis du Val", address: "boulevard Pasteur", lat: 47.3975, lng: 0.6795,
        buildings: [["Pasteur", "21 boulevard Pasteur"]] },
      { name: "Maison de quartier", kind: "FACILITY", owner: "Ville de Bellerive", address: "3 rue de la Mairie", lat: 47.3959, lng: 0.6824, buildings: [] },
    ],
  },
] as const;

const FIRST_NAMES = ["Nadia", "Yves", "Samira", "Kevin", "Josiane", "Ibrahim", "Laura", "Mehdi", "Chantal", "Olivier", "Aïcha", "Bernard", "Léa", "Youssef", "Monique", "Dylan", "Fatima", "Gérard", "Inès", "Rachid"];
const LAST_NAMES = ["Bernard", "Petit", "Ndiaye", "Robert", "Richard", "Mendes", "Durand", "Traoré", "Lemoine", "Garcia", "Fontaine", "Chevalier", "Kaya", "Roux", "Nguyen"];

export async function seed(db: PrismaClient) {
  const passwordHash = await hash(DEMO_PASSWORD, { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 });

  const partners = new Map<string, string>();
  for (const { label, ...p } of PARTNERS) {
    // The sub-types a Régie starts with come from the migration; a seed label not among them is added.
    const subtype = await db.partnerSubtype.upsert({ where: { name: label }, update: {}, create: { name: label, kind: p.kind } });
    const partner = await db.partner.create({ data: { ...p, subtypeId: subtype.id } });
    partners.set(p.name, partner.id);
  }

  const entranceIds: string[] = [];
  for (const area of TERRITORY) {
    const createdArea = await db.area.create({ data: { name: area.area, description: area.description } });
    for (const site of area.sites) {
      const createdSite = await db.site.create({
        data: {
          areaId: createdArea.id,
          name: site.name,
          kind: site.kind,
          address: site.address,
          latitude: site.lat,
          longitude: site.lng,
          ownerPartnerId: partners.get(site.owner),
        },
      });
      for (const [index, [name, address]] of site.buildings.entries()) {
        const building = await db.building.create({
          data: {
            siteId: createdSite.id,
            name,
            address,
            latitude: site.lat + index * 0.0003,
            longitude: site.lng + index * 0.0003,
            entrances: { create: [{ name: "Entrée 1" }, { name: "Entrée 2" }] },
          },
          select: { entrances: { select: { id: true } } },
        });
        entranceIds.push(...building.entrances.map((e) => e.id));
      }
    }
  }

  const admin = await db.user.create({
    data: { email: demoEmail("admin"), name: "Sophie Martin", passwordHash, privacyConsentAt: new Date(), emailVerifiedAt: new Date() },
  });
  for (const [index, account] of DEMO_ACCOUNTS.entries()) {
    const user =
      account.key === "admin"
        ? admin
        : await db.user.create({
            data: {
              email: demoEmail(account.key),
              name: account.name,
              passwordHash,
              privacyConsentAt: new Date(),
              emailVerifiedAt: new Date(),
              entranceId: (account.roles as readonly Role[]).includes("RESIDENT") ? entranceIds[index % entranceIds.length] : null,
            },
          });
    await db.roleGrant.createMany({
      data: account.roles.map((role: Role) => ({
        userId: user.id,
        role,
        grantedById: admin.id,
        partnerId: role === "PARTNER" ? partners.get("Habitat Bellerive") : null,
      })),
    });
  }

  // Residents who signed up on their own, for lists and figures.
  for (let i = 0; i < 60; i++) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length];
    const last = LAST_NAMES[(i * 7) % LAST_NAMES.length];
    await db.user.create({
      data: {
        email: `${first}.${last}.${i}@${DEMO_DOMAIN}`.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(),
        name: `${first} ${last}`,
        passwordHash,
        privacyConsentAt: new Date(),
        emailVerifiedAt: new Date(),
        entranceId: entranceIds[(i * 5) % entranceIds.length],
        roleGrants: { create: { role: "RESIDENT" } },
      },
    });
  }

  await seedDemoReports(db);
  await db.responseTemplate.createMany({ data: DEFAULT_RESPONSE_TEMPLATES.map((t, sortOrder) => ({ ...t, sortOrder })) });
  await seedDemoEmployees(db);
  await seedTerritory(db);
  await seedPartners(db, {
    staffId: (await db.user.findUniqueOrThrow({ where: { email: demoEmail("staff") }, select: { id: true } })).id,
    partnerUserId: (await db.user.findUniqueOrThrow({ where: { email: demoEmail("partner") }, select: { id: true } })).id,
  });
  await seedContracts(db, { staffId: (await db.user.findUniqueOrThrow({ where: { email: demoEmail("staff") }, select: { id: true } })).id });
  // Last: the jobs are generated from the contracts' lines and given to the teams seeded above.
  await seedWorkOrders(db, { staffId: (await db.user.findUnique({ where: { email: demoEmail("staff") }, select: { id: true } }))?.id ?? null });
  await seedPartnerWork(db, { partnerId: partners.get("Habitat Bellerive")!, staffId: (await db.user.findUniqueOrThrow({ where: { email: demoEmail("staff") } })).id });
  await seedAssociation(db);
}

/** The association's own life: members, then the bodies and mandates drawn from them, their meetings, and the volunteers. */
async function seedAssociation(db: PrismaClient) {
  const id = async (key: string) => (await db.user.findUniqueOrThrow({ where: { email: demoEmail(key) }, select: { id: true } })).id;
  const [staffId, adminId, board, multi, resident, volunteer] = await Promise.all(["staff", "admin", "board", "multi", "resident", "volunteer"].map(id));
  const { members } = await seedMembership(db, { staffId, accounts: { board, multi, resident } });
  await seedGovernance(db, { adminId, members });
  await seedMeetings(db, { staffId });
  await seedVolunteering(db, { staffId, volunteerUserId: volunteer });
}

/** Teams and employees; the demo accounts with the EMPLOYEE role are linked to a record each. */
async function seedDemoEmployees(db: PrismaClient) {
  const staff = await db.user.findUniqueOrThrow({ where: { email: demoEmail("staff") }, select: { id: true } });
  const keys = DEMO_ACCOUNTS.filter((a) => (a.roles as readonly Role[]).includes("EMPLOYEE")).map((a) => demoEmail(a.key));
  const accounts = await db.user.findMany({ where: { email: { in: keys } }, orderBy: { email: "asc" }, select: { id: true, name: true } });
  await seedEmployees(db, { staffId: staff.id, linkedAccounts: accounts.map((a) => ({ userId: a.id, name: a.name })) });
}

async function seedDemoReports(db: PrismaClient) {
  const [staff, demoResident, otherDemoResident, residents] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: demoEmail("staff") }, select: { id: true } }),
    db.user.findUniqueOrThrow({ where: { email: demoEmail("resident") }, select: { id: true } }),
    db.user.findUniqueOrThrow({ where: { email: demoEmail("multi") }, select: { id: true } }),
    db.user.findMany({ where: { roleGrants: { some: { role: "RESIDENT" } } }, orderBy: { email: "asc" }, select: { id: true } }),
  ]);
  await seedReports(db, {
    staffId: staff.id,
    demoResidentId: demoResident.id,
    otherDemoResidentId: otherDemoResident.id,
    residentIds: residents.map((r) => r.id),
  });
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const people = await db.user.count();
    if (people > 0) {
      if (process.argv.includes("--if-empty")) return;
      throw new Error("The database already has people: reset it first (npx prisma migrate reset).");
    }
    await seed(db);
    console.info(`Demo data seeded. Demo accounts: ${DEMO_ACCOUNTS.map((a) => demoEmail(a.key)).join(", ")} — password ${DEMO_PASSWORD}`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("seed.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
