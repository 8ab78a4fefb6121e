/**
 * Demo teams and employees (issue 11): ten teams, about a hundred employees, two thirds on
 * integration contracts (CDDI), a few absences. The demo accounts with the EMPLOYEE role are
 * linked to their record, so that their phone space has someone behind it. Invented people.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { AbsenceKind, EmploymentContractType } from "../lib/generated/prisma/enums";

const TEAMS = [
  { name: "Propreté Tilleuls", description: "Entretien des parties communes des résidences du quartier des Tilleuls.", skills: ["nettoyage", "vitrerie", "gestion des déchets"] },
  { name: "Propreté Gare", description: "Halls, cages d'escalier et abords des immeubles du quartier de la Gare.", skills: ["nettoyage", "autolaveuse", "gestion des déchets"] },
  { name: "Espaces verts", description: "Tonte, taille et désherbage des espaces extérieurs des bailleurs et de la ville.", skills: ["tonte", "taille", "débroussaillage"] },
  { name: "Second œuvre", description: "Peinture, petite menuiserie et remise en état des logements vacants.", skills: ["peinture", "plâtrerie", "menuiserie"] },
  { name: "Encombrants", description: "Collecte des encombrants et gestion des locaux poubelles.", skills: ["manutention", "permis B", "gestion des déchets"] },
  { name: "Médiation", description: "Présence de proximité, accueil des habitants et lien avec les gardiens.", skills: ["médiation", "accueil"] },
  { name: "Sortie des bacs", description: "Sortie et rentrée des bacs, nettoyage des conteneurs.", skills: ["manutention", "gestion des déchets"] },
  { name: "Propreté Bords de Loire", description: "Entretien des résidences et des cheminements des Bords de Loire.", skills: ["nettoyage", "débroussaillage"] },
  { name: "Remplacement gardiens", description: "Remplacement des gardiens pendant leurs congés.", skills: ["accueil", "petits travaux", "nettoyage"] },
  { name: "Atelier peinture", description: "Chantier d'insertion : peinture des halls et des locaux associatifs.", skills: ["peinture", "ponçage"] },
] as const;

const FIRST_NAMES = ["Abdel", "Sandrine", "Mamadou", "Coralie", "Hakim", "Sylvie", "Kévin", "Awa", "Thierry", "Leïla", "Franck", "Mariam", "Jordan", "Nathalie", "Salif", "Émilie", "Bilal", "Patricia", "Loïc", "Khadija", "Steeve", "Hélène", "Ousmane", "Cindy", "Farid"];
const LAST_NAMES = ["Lambert", "Diop", "Moreau", "Benaïssa", "Fournier", "Sow", "Girard", "Haddou", "Leroy", "Coulibaly", "Marchand", "Ferreira", "Blanc", "Keita", "Perrin", "Amrani", "Barbier", "Touré", "Renaud", "Da Silva"];

const DAY = 24 * 60 * 60 * 1000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/** Two thirds CDDI; then CDI (the supervisors), CDD, apprenticeships, one "other". */
function contractOf(index: number): EmploymentContractType {
  if (index % 3 !== 2) return "CDDI";
  return (["CDI", "CDI", "CDD", "CDI", "APPRENTICESHIP", "CDD", "CDI", "OTHER"] as const)[Math.floor(index / 3) % 8];
}

const ABSENCES: { kind: AbsenceKind; offset: number; length: number; note: string | null }[] = [
  { kind: "LEAVE", offset: 10, length: 5, note: "Congés posés en octobre." },
  { kind: "SICKNESS", offset: -3, length: 2, note: null },
  { kind: "TRAINING", offset: 20, length: 3, note: "Formation SST (sauveteur secouriste du travail)." },
  { kind: "LEAVE", offset: 30, length: 10, note: null },
  { kind: "OTHER", offset: 5, length: 1, note: "Rendez-vous France Travail." },
];

export async function seedEmployees(db: PrismaClient, { staffId, linkedAccounts }: { staffId: string; linkedAccounts: { userId: string; name: string }[] }) {
  // A few statements in all (createMany), so that seeding stays quick.
  await db.team.createMany({ data: TEAMS.map(({ name, description }) => ({ name, description })) });
  const ids = new Map((await db.team.findMany({ select: { id: true, name: true } })).map((t) => [t.name, t.id]));
  const teams = TEAMS.map((team) => ({ id: ids.get(team.name) as string, skills: team.skills }));
  const today = day(new Date().toISOString().slice(0, 10));
  const rows = [];
  for (let i = 0; i < 100; i++) {
    const linked = linkedAccounts[i];
    const name = linked?.name ?? `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7 + Math.floor(i / FIRST_NAMES.length)) % LAST_NAMES.length]}`;
    const contractType = contractOf(i);
    const team = teams[i % teams.length];
    // Integration contracts run 4 to 24 months; the others started long ago, some end.
    const startsOn = addDays(today, -((i * 37) % 600) - 30);
    const endsOn = contractType === "CDDI" ? addDays(startsOn, 120 + ((i * 53) % 600)) : contractType === "CDI" ? null : addDays(startsOn, 365);
    const weeklyHours = contractType === "CDDI" ? [26, 24, 30, 35, 26][i % 5] : contractType === "APPRENTICESHIP" ? 35 : [35, 35, 28.5, 35][i % 4];
    const archived = i % 23 === 22;
    rows.push({
      name,
      phone: `06 ${String(10 + (i % 89)).padStart(2, "0")} ${String((i * 17) % 100).padStart(2, "0")} ${String((i * 29) % 100).padStart(2, "0")} ${String((i * 43) % 100).padStart(2, "0")}`,
      contractType,
      startsOn,
      endsOn,
      weeklyHours,
      teamId: team.id,
      skills: team.skills.slice(0, 1 + (i % team.skills.length)),
      archivedAt: archived && !linked ? addDays(today, -15) : null,
      userId: linked?.userId ?? null,
    });
  }
  await db.employee.createMany({ data: rows });
  // Any few active employees will do for the absences.
  const employees = await db.employee.findMany({ where: { archivedAt: null }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true } });
  await db.absence.createMany({
    data: ABSENCES.map((absence, index) => {
      const startsOn = addDays(today, absence.offset);
      return { employeeId: employees[index * 9 + 2].id, kind: absence.kind, startsOn, endsOn: addDays(startsOn, absence.length - 1), note: absence.note, createdById: staffId };
    }),
  });
}
