/**
 * Demo meetings (issue 12): three years of board meetings (six a year), the general assemblies,
 * a few bureau meetings, with attendance (some proxies), decisions with votes and minutes. Of each
 * body's held meetings, the last one's minutes are a draft (to approve at the next one), the one
 * before is approved but not yet published, the older ones are published. One board meeting is
 * convened for next week and the next general assembly planned for the spring.
 * Run after the bodies, mandates, members and statutes exist: everything is read from the database.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { AttendanceStatus, BodyKind } from "../lib/generated/prisma/enums";
import { parseParisDateTime } from "../lib/core/calendar";

const DAY = 24 * 60 * 60 * 1000;

const PLACES = ["Salle polyvalente de la Régie, 12 rue des Lilas", "Maison des associations, 3 place du Marché", "Centre social Les Tilleuls, salle 2"];
const BOARD_AGENDA = [
  "Approbation du compte rendu de la réunion précédente",
  "Point sur l'activité et les chantiers d'insertion",
  "Situation financière et trésorerie",
  "Conventions avec les bailleurs",
  "Questions diverses",
];
const ASSEMBLY_AGENDA = ["Rapport moral de la présidence", "Rapport d'activité", "Rapport financier et affectation du résultat", "Montant des cotisations de l'année suivante", "Élection des administrateurs", "Questions diverses"];
const BUREAU_AGENDA = ["Préparation du conseil d'administration", "Recrutements en cours", "Questions diverses"];
const DECISIONS = [
  { title: "Budget prévisionnel", text: "Le budget prévisionnel de l'exercice est adopté tel que présenté par le trésorier." },
  { title: "Convention avec Habitat Val de Loire", text: "Le conseil autorise la présidente à signer le renouvellement de la convention d'entretien des parties communes." },
  { title: "Achat d'un véhicule utilitaire", text: "Achat d'un véhicule utilitaire d'occasion pour l'équipe des encombrants, dans la limite de 18 000 €." },
  { title: "Tarifs des prestations", text: "Les tarifs des prestations aux bailleurs sont revalorisés de 2 % au 1er janvier." },
  { title: "Adhésion à la fédération", text: "L'association renouvelle son adhésion au Comité national de liaison des régies de quartier." },
  { title: "Fête de quartier", text: "La Régie participe à la fête de quartier de juin et y tient un stand." },
  { title: "Approbation des comptes", text: "Les comptes de l'exercice écoulé sont approuvés et quitus est donné au conseil d'administration." },
  { title: "Montant des cotisations", text: "La cotisation annuelle reste fixée à 10 € pour les habitants." },
];

type Body = { id: string; kind: BodyKind; name: string };
type Plan = { body: Body; startsAt: Date; agenda: string[]; status: "PLANNED" | "CONVENED" | "HELD" };

const paris = (iso: string) => parseParisDateTime(iso) ?? new Date(`${iso}:00Z`);
const pad = (n: number) => String(n).padStart(2, "0");

async function membersOf(db: PrismaClient, body: Body, startsAt: Date): Promise<string[]> {
  const dayStart = new Date(Date.UTC(startsAt.getUTCFullYear(), startsAt.getUTCMonth(), startsAt.getUTCDate()));
  const where =
    body.kind === "GENERAL_ASSEMBLY"
      ? { memberships: { some: { year: startsAt.getUTCFullYear(), status: "ACTIVE" as const } } }
      : { mandates: { some: { bodyId: body.id, startsOn: { lte: dayStart }, OR: [{ endsOn: null }, { endsOn: { gte: dayStart } }] } } };
  return (await db.member.findMany({ where, orderBy: { id: "asc" }, select: { id: true } })).map((m) => m.id);
}

/** About four in five present, two represented by present members (within the limit), the rest excused or absent. */
function attendanceFor(memberIds: string[], seed: number, proxiesPerPerson: number) {
  const rows: { memberId: string; status: AttendanceStatus; proxyHolderId: string | null }[] = [];
  const presentCount = Math.max(1, Math.ceil(memberIds.length * 0.75));
  const present = memberIds.slice(0, presentCount);
  const held = new Map<string, number>();
  memberIds.forEach((memberId, i) => {
    if (i < presentCount) return rows.push({ memberId, status: "PRESENT", proxyHolderId: null });
    const holder = present[(i + seed) % present.length];
    if (i < presentCount + 2 && (held.get(holder) ?? 0) < proxiesPerPerson) {
      held.set(holder, (held.get(holder) ?? 0) + 1);
      return rows.push({ memberId, status: "REPRESENTED", proxyHolderId: holder });
    }
    rows.push({ memberId, status: (i + seed) % 2 === 0 ? "EXCUSED" : "ABSENT", proxyHolderId: null });
  });
  return rows;
}

function minutesText(plan: Plan, present: number, represented: number, decisions: string[]) {
  return [
    `Réunion de l'instance « ${plan.body.name} ». ${present} membres présents, ${represented} représentés.`,
    "",
    ...plan.agenda.map((item, i) => `${i + 1}. ${item}\nLe point est présenté et débattu ; les questions des membres reçoivent une réponse en séance.`),
    "",
    decisions.length > 0 ? `Décisions : ${decisions.join(" ; ")}.` : "Aucune décision n'est soumise au vote.",
    "",
    "La séance est levée à 20 h 45.",
  ].join("\n");
}

export async function seedMeetings(db: PrismaClient, { staffId }: { staffId: string }) {
  const now = new Date();
  const bodies = await db.governanceBody.findMany({ where: { archivedAt: null }, select: { id: true, kind: true, name: true } });
  const board = bodies.find((b) => b.kind === "BOARD");
  const assembly = bodies.find((b) => b.kind === "GENERAL_ASSEMBLY");
  const bureau = bodies.find((b) => b.kind === "BUREAU");
  const statutes = await db.statutesVersion.findFirst({ orderBy: { effectiveFrom: "desc" }, select: { proxiesPerPerson: true } });
  const proxiesPerPerson = statutes?.proxiesPerPerson ?? 1;
  const year = now.getUTCFullYear();

  const plans: Plan[] = [];
  for (const y of [year - 2, year - 1, year]) {
    if (board) for (const month of [1, 3, 5, 6, 9, 11]) plans.push({ body: board, startsAt: paris(`${y}-${pad(month)}-1${month % 3}T18:30`), agenda: BOARD_AGENDA, status: "HELD" });
    if (assembly) plans.push({ body: assembly, startsAt: paris(`${y}-06-2${y % 3}T18:00`), agenda: ASSEMBLY_AGENDA, status: "HELD" });
  }
  if (bureau) {
    for (const monthsAgo of [1, 3, 5, 8]) {
      const day = new Date(now.getTime() - monthsAgo * 30 * DAY).toISOString().slice(0, 10);
      plans.push({ body: bureau, startsAt: paris(`${day}T18:00`), agenda: BUREAU_AGENDA, status: "HELD" });
    }
  }
  const past = plans.filter((p) => p.startsAt < now);
  if (board) {
    const nextWeek = new Date(now.getTime() + 7 * DAY);
    past.push({ body: board, startsAt: paris(`${nextWeek.toISOString().slice(0, 10)}T18:30`), agenda: BOARD_AGENDA, status: "CONVENED" });
  }
  if (assembly) past.push({ body: assembly, startsAt: paris(`${year + 1}-04-1${year % 7}T18:00`), agenda: ASSEMBLY_AGENDA, status: "PLANNED" });

  let decisionIndex = 0;
  const created: { id: string; bodyId: string; held: boolean }[] = [];
  for (const [i, plan] of past.entries()) {
    const held = plan.status === "HELD";
    const meeting = await db.meeting.create({
      data: {
        bodyId: plan.body.id,
        startsAt: plan.startsAt,
        endsAt: new Date(plan.startsAt.getTime() + 2 * 3_600_000),
        place: PLACES[i % PLACES.length],
        agenda: plan.agenda.join("\n"),
        status: plan.status,
        convenedAt: plan.status === "PLANNED" ? null : new Date(Math.min(plan.startsAt.getTime() - 15 * DAY, now.getTime())),
        heldAt: held ? plan.startsAt : null,
        createdById: staffId,
      },
      select: { id: true },
    });
    created.push({ id: meeting.id, bodyId: plan.body.id, held });
    if (!held) continue;
    const memberIds = await membersOf(db, plan.body, plan.startsAt);
    if (memberIds.length === 0) continue;
    const rows = attendanceFor(memberIds, i, proxiesPerPerson);
    await db.meetingAttendance.createMany({ data: rows.map((row) => ({ meetingId: meeting.id, ...row })) });
    const present = rows.filter((r) => r.status === "PRESENT").length;
    const represented = rows.filter((r) => r.status === "REPRESENTED").length;
    const voices = present + represented;
    const titles: string[] = [];
    for (let n = 1; n <= 1 + (i % 3); n++) {
      const decision = DECISIONS[decisionIndex++ % DECISIONS.length];
      // Now and then a rejected one: more voices against than for.
      const against = Math.min(voices, (n + i) % 4 === 0 ? Math.ceil(voices / 2) + 1 : Math.min(1, voices - 1));
      const abstain = voices - against > 2 ? 1 : 0;
      const votesFor = Math.max(0, voices - against - abstain);
      await db.decision.create({
        data: { meetingId: meeting.id, number: n, title: decision.title, text: decision.text, votesFor, votesAgainst: against, votesAbstain: abstain, outcome: votesFor > against ? "ADOPTED" : "REJECTED", createdById: staffId },
      });
      titles.push(decision.title.toLowerCase());
    }
    await db.meeting.update({ where: { id: meeting.id }, data: { minutes: minutesText(plan, present, represented, titles), minutesStatus: "DRAFT" } });
  }

  // Each body's held meetings, oldest first: approved at the next one; published but for the last two.
  for (const body of bodies) {
    const held = await db.meeting.findMany({ where: { bodyId: body.id, status: "HELD", minutesStatus: "DRAFT" }, orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true } });
    for (const [i, meeting] of held.entries()) {
      if (i >= held.length - 1) continue;
      const publish = i < held.length - 2;
      await db.meeting.update({
        where: { id: meeting.id },
        data: {
          minutesStatus: publish ? "PUBLISHED" : "APPROVED",
          minutesApprovedAtId: held[i + 1].id,
          minutesPublishedAt: publish ? new Date(held[i + 1].startsAt.getTime() + 3 * DAY) : null,
        },
      });
    }
  }
  return { meetings: created.length };
}
