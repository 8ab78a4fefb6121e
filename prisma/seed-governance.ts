/**
 * Demo governance (issue 12): the association's five bodies, two versions of the statutes (2019 and
 * 2024), a board of 19 within the seats (about 12 residents, 2 local authorities, 2 social
 * landlords, 3 socio-economic partners), a bureau of five drawn from it, two commissions, a few
 * past mandates and two ending within 90 days. The `board` demo account's member (Fatou Camara) is
 * the secretary of the board and of the bureau; the `multi` account's (Karim Haddad), a plain
 * board member. Other demo accounts sit nowhere, so their roles stay as the seed gives them;
 * about half the holders agree to their name on the public page. Invented people.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { BodyKind, College, MandatePosition } from "../lib/generated/prisma/enums";

// The demo accounts' addresses (prisma/seed.ts DEMO_DOMAIN): not imported, seed.ts imports this file.
const DEMO_DOMAIN = "demo.quartier.test";

export type GovernanceSeedMember = { id: string; name: string; college: College; userId: string | null };

const BODIES: { kind: BodyKind; name: string; description: string }[] = [
  { kind: "GENERAL_ASSEMBLY", name: "Assemblée générale", description: "Tous les adhérents à jour de leur cotisation : elle élit le conseil, approuve les comptes et le rapport d'activité." },
  { kind: "BOARD", name: "Conseil d'administration", description: "Dix-neuf administrateurs, majoritairement des habitants, élus par collège pour trois ans." },
  { kind: "BUREAU", name: "Bureau", description: "Élu par le conseil parmi ses membres : il prépare ses décisions et suit la vie de la Régie." },
  { kind: "COMMISSION", name: "Commission cadre de vie", description: "Propreté, espaces verts et tranquillité : elle suit les signalements et propose des actions avec les bailleurs." },
  { kind: "COMMISSION", name: "Commission emploi-insertion", description: "Les parcours des salariés en insertion, les sorties et les liens avec le PLIE et la Mission locale." },
];

const STATUTES = [
  {
    effectiveFrom: "2019-06-15",
    boardSeatsResidents: 10,
    boardSeatsLocalAuthorities: 2,
    boardSeatsSocialLandlords: 2,
    boardSeatsSocioEconomic: 2,
    residentsMinSharePercent: 60,
    quorumAssemblyPercent: 25,
    quorumBoardPercent: 50,
    quorumOtherPercent: 50,
    proxiesCountForQuorum: true,
    proxiesPerPerson: 1,
    flagEmployeeMandates: true,
    note: "Statuts adoptés par l'assemblée générale constitutive du 15 juin 2019.",
  },
  {
    effectiveFrom: "2024-06-20",
    boardSeatsResidents: 12,
    boardSeatsLocalAuthorities: 2,
    boardSeatsSocialLandlords: 2,
    boardSeatsSocioEconomic: 3,
    residentsMinSharePercent: 60,
    quorumAssemblyPercent: 20,
    quorumBoardPercent: 50,
    quorumOtherPercent: 50,
    proxiesCountForQuorum: true,
    proxiesPerPerson: 2,
    flagEmployeeMandates: true,
    note: "Modification votée par l'assemblée générale extraordinaire du 20 juin 2024 : un troisième siège pour les partenaires socio-économiques, deux pouvoirs par personne.",
  },
] as const;

/** How many board seats each college fills in the demo (within the 2024 statutes). */
const BOARD_SEATS: Record<College, number> = { RESIDENTS: 12, LOCAL_AUTHORITIES: 2, SOCIAL_LANDLORDS: 2, SOCIO_ECONOMIC_PARTNERS: 3 };

const DAY = 24 * 60 * 60 * 1000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const parisToday = (now: Date) => day(now.toLocaleDateString("en-CA", { timeZone: "Europe/Paris" }));

type MandateData = { memberId: string; bodyId: string; college: College; position: MandatePosition; startsOn: Date; endsOn: Date | null; showNamePublicly: boolean; createdById: string };

export async function seedGovernance(db: PrismaClient, { adminId, members }: { adminId: string; members: GovernanceSeedMember[] }, now = new Date()) {
  const today = parisToday(now);
  const bodies = new Map<string, string>();
  for (const [sortOrder, body] of BODIES.entries()) {
    const created = await db.governanceBody.create({ data: { ...body, sortOrder }, select: { id: true } });
    bodies.set(body.name, created.id);
  }
  for (const { effectiveFrom, ...settings } of STATUTES) {
    await db.statutesVersion.create({ data: { ...settings, effectiveFrom: day(effectiveFrom), createdById: adminId } });
  }

  const demoUsers = await db.user.findMany({ where: { email: { in: [`board@${DEMO_DOMAIN}`, `multi@${DEMO_DOMAIN}`] } }, select: { id: true, email: true } });
  const boardUserId = demoUsers.find((u) => u.email.startsWith("board@"))?.id;
  const multiUserId = demoUsers.find((u) => u.email.startsWith("multi@"))?.id;
  const fatou = members.find((m) => m.userId !== null && m.userId === boardUserId);
  const karim = members.find((m) => m.userId !== null && m.userId === multiUserId);
  // Members with another demo account never sit: a mandate would make them board members.
  const eligible = members.filter((m) => m.userId === null && m !== fatou && m !== karim);

  // The board: Fatou and Karim first among the residents, then the others of each college.
  const board: GovernanceSeedMember[] = [];
  for (const college of Object.keys(BOARD_SEATS) as College[]) {
    const first = college === "RESIDENTS" ? [fatou, karim].filter((m): m is GovernanceSeedMember => !!m && m.college === college) : [];
    board.push(...first, ...eligible.filter((m) => m.college === college).slice(0, BOARD_SEATS[college] - first.length));
  }
  const residents = board.filter((m) => m.college === "RESIDENTS" && m !== fatou && m !== karim);
  const president = residents[0];
  const treasurer = residents[1];
  const vicePresident = board.find((m) => m.college === "SOCIO_ECONOMIC_PARTNERS") ?? residents[2];
  const bureauMember = residents[3];

  const boardId = bodies.get("Conseil d'administration")!;
  const bureauId = bodies.get("Bureau")!;
  const elected2024 = day("2024-06-20");
  const elected2025 = day("2025-06-18");
  const mandates: MandateData[] = [];
  const add = (bodyId: string, m: GovernanceSeedMember, position: MandatePosition, startsOn: Date, endsOn: Date | null, index: number) =>
    mandates.push({ memberId: m.id, bodyId, college: m.college, position, startsOn, endsOn, showNamePublicly: m === fatou || index % 2 === 0, createdById: adminId });

  const positionOf = (m: GovernanceSeedMember): MandatePosition =>
    m === president ? "PRESIDENT" : m === treasurer ? "TREASURER" : m === vicePresident ? "VICE_PRESIDENT" : m === fatou ? "SECRETARY" : "MEMBER";
  // Two plain members' mandates end within 90 days (they were elected to finish a term).
  const endingSoon = board.filter((m) => positionOf(m) === "MEMBER" && m !== karim && m !== bureauMember).slice(-2);
  for (const [index, m] of board.entries()) {
    const soon = endingSoon.indexOf(m);
    const endsOn = soon >= 0 ? new Date(today.getTime() + (soon === 0 ? 35 : 80) * DAY) : index % 3 === 0 ? day("2028-06-17") : day("2027-06-19");
    add(boardId, m, positionOf(m), index % 3 === 0 ? elected2025 : elected2024, endsOn, index);
  }
  for (const [index, m] of [president, vicePresident, treasurer, fatou, bureauMember].entries()) {
    if (m) add(bureauId, m, m === bureauMember ? "MEMBER" : positionOf(m), elected2024, day("2027-06-19"), index);
  }

  // Past mandates: the first board, elected in 2019, for those who left it in 2024.
  const formerBoard = eligible.filter((m) => !board.includes(m)).slice(0, 4);
  for (const [index, m] of formerBoard.entries()) add(boardId, m, index === 0 ? "PRESIDENT" : "MEMBER", day("2019-06-15"), day("2024-06-19"), index);
  if (president && formerBoard.length > 0) add(boardId, president, "MEMBER", day("2019-06-15"), day("2024-06-19"), 1);

  // The commissions: a chair and a few members each, residents and partners mixed (the demo
  // accounts keep the one position each the demo is about).
  const commissions = ["Commission cadre de vie", "Commission emploi-insertion"];
  for (const [c, name] of commissions.entries()) {
    const seats = [...board.filter((m, i) => i % 2 === c && m !== president && m !== fatou && m !== karim).slice(0, 3), ...eligible.filter((m) => !board.includes(m)).slice(4 + c * 3, 7 + c * 3)];
    for (const [index, m] of seats.entries()) add(bodies.get(name)!, m, index === 0 ? "PRESIDENT" : "MEMBER", elected2025, null, index + c);
  }

  await db.mandate.createMany({ data: mandates });
  return { boardId, bureauId, bodyIds: Object.fromEntries(bodies) };
}
