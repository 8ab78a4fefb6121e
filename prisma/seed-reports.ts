/**
 * Demo reports: the categories staff manage and ~40 believable reports across the territory, with
 * their histories. Called by seed.ts once people and the territory exist. A handful of bulk
 * inserts, so it stays fast.
 */
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { ReportStatus } from "../lib/generated/prisma/enums";
import { REPORT_STATUS_LABELS } from "../lib/reports/model";

export const REPORT_CATEGORIES = [
  { slug: "proprete", name: "Propreté", guidance: "Déchets, sacs abandonnés, halls ou escaliers sales, local poubelles débordant." },
  { slug: "encombrants", name: "Encombrants", guidance: "Meubles, matelas, électroménager déposés dans les parties communes ou sur le trottoir." },
  { slug: "eclairage", name: "Éclairage", guidance: "Lampadaire, éclairage de hall, d'escalier ou de parking en panne." },
  { slug: "ascenseur", name: "Ascenseur", guidance: "Ascenseur en panne ou bruyant. Si quelqu'un est bloqué dans la cabine, appelez le numéro affiché dans l'ascenseur." },
  { slug: "espaces-verts", name: "Espaces verts", guidance: "Pelouses, haies, arbres, jeux d'enfants, bancs abîmés." },
  { slug: "tags", name: "Tags", guidance: "Tags et affichage sauvage sur les façades, les halls ou le mobilier urbain." },
  { slug: "securite-danger", name: "Sécurité / danger", guidance: "Trappe ouverte, câble électrique à nu, vitre brisée, objet menaçant de tomber. En cas de danger immédiat, appelez d'abord les secours.", isDanger: true },
  { slug: "plomberie-fuite", name: "Plomberie / fuite", guidance: "Fuite d'eau dans les parties communes, canalisation bouchée, infiltration." },
  { slug: "chauffage", name: "Chauffage", guidance: "Chauffage collectif en panne ou insuffisant, eau chaude absente dans l'immeuble." },
  { slug: "nuisibles", name: "Nuisibles", guidance: "Rats, cafards, punaises de lit, pigeons dans les parties communes ou aux abords." },
] as const;

const DESCRIPTIONS: Record<(typeof REPORT_CATEGORIES)[number]["slug"], string[]> = {
  proprete: [
    "Le local poubelles déborde depuis trois jours, des sacs sont posés devant la porte et ça sent très fort.",
    "L'escalier entre le 2e et le 3e étage n'a pas été nettoyé depuis longtemps, il y a des traces collantes.",
    "Des sacs d'ordures ont été jetés par la fenêtre et sont restés sur la pelouse côté parking.",
  ],
  encombrants: [
    "Un vieux canapé et deux matelas sont déposés dans le hall depuis le week-end, on ne passe plus avec une poussette.",
    "Une machine à laver abandonnée sur le trottoir devant l'entrée, elle bloque le passage.",
  ],
  eclairage: [
    "La lumière du hall ne s'allume plus le soir, on rentre dans le noir complet.",
    "Le lampadaire du chemin piéton est éteint depuis une semaine, c'est très sombre l'hiver.",
    "La minuterie de l'escalier coupe au bout de cinq secondes, impossible de monter au 4e.",
  ],
  ascenseur: [
    "L'ascenseur est en panne depuis lundi, ma voisine âgée du 6e ne peut plus sortir.",
    "L'ascenseur s'arrête entre deux étages et les portes mettent longtemps à s'ouvrir.",
  ],
  "espaces-verts": [
    "La haie le long de l'allée déborde sur le trottoir, les enfants doivent marcher sur la route.",
    "Le toboggan de l'aire de jeux a une planche cassée avec des échardes.",
    "Une grosse branche est tombée sur la pelouse après l'orage.",
  ],
  tags: [
    "De nouveaux tags sur la porte d'entrée et le mur de la cage d'escalier.",
    "Affiches collées partout sur les boîtes aux lettres et la vitre du hall.",
  ],
  "securite-danger": [
    "La trappe du local technique au sous-sol reste ouverte, un enfant pourrait tomber.",
    "Un câble électrique pend du plafond du parking, il est à nu au bout.",
  ],
  "plomberie-fuite": [
    "Une fuite d'eau coule le long du mur de la cage d'escalier quand il pleut.",
    "La colonne d'évacuation est bouchée, l'eau remonte dans le local poubelles.",
  ],
  chauffage: [
    "Plus de chauffage dans tout le bâtiment depuis hier soir, il fait 15 degrés dans l'appartement.",
    "Les radiateurs sont tièdes seulement le matin, l'après-midi ils sont froids.",
  ],
  nuisibles: [
    "Des rats passent tous les soirs près des conteneurs à ordures, on en voit même en journée.",
    "Des cafards dans le hall et autour des boîtes aux lettres.",
  ],
};

const STAFF_COMMENTS: Partial<Record<ReportStatus, string>> = {
  ACKNOWLEDGED: "Merci pour votre signalement, nous l'avons pris en compte.",
  ROUTED: "Nous avons transmis votre signalement au bailleur, responsable de cette réparation.",
  PLANNED: "Une équipe de la Régie passera dans la semaine.",
  RESOLVED: "L'intervention est terminée. Merci de nous dire si le problème est réglé.",
  CLOSED: "Signalement clos.",
  REJECTED: "Ce problème ne relève pas de la Régie : nous vous avons indiqué le bon interlocuteur.",
  DUPLICATE: "Ce problème était déjà signalé : nous suivons le premier signalement.",
};

/** The path each final status went through, in order. */
const PATHS: Record<ReportStatus, ReportStatus[]> = {
  NEW: ["NEW"],
  ACKNOWLEDGED: ["NEW", "ACKNOWLEDGED"],
  ROUTED: ["NEW", "ACKNOWLEDGED", "ROUTED"],
  PLANNED: ["NEW", "ACKNOWLEDGED", "PLANNED"],
  RESOLVED: ["NEW", "ACKNOWLEDGED", "PLANNED", "RESOLVED"],
  CLOSED: ["NEW", "ACKNOWLEDGED", "PLANNED", "RESOLVED", "CLOSED"],
  REJECTED: ["NEW", "REJECTED"],
  DUPLICATE: ["NEW", "DUPLICATE"],
};

const STATUS_MIX: ReportStatus[] = ["NEW", "ACKNOWLEDGED", "ROUTED", "PLANNED", "RESOLVED", "CLOSED", "CLOSED", "NEW", "ACKNOWLEDGED", "REJECTED"];
/** Report 38 duplicates report 8: same category (espaces verts), same site. */
const DUPLICATE_INDEX = 38;
const DUPLICATE_OF_INDEX = 8;
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

export async function seedReports(db: PrismaClient, people: { staffId: string; residentIds: string[]; demoResidentId: string; otherDemoResidentId: string }) {
  await db.reportCategory.createMany({ data: REPORT_CATEGORIES.map((c, index) => ({ ...c, sortOrder: index * 10 })) });
  const categories = await db.reportCategory.findMany({ select: { id: true, slug: true } });
  const categoryId = new Map(categories.map((c) => [c.slug, c.id]));

  const entrances = await db.entrance.findMany({
    orderBy: { id: "asc" },
    select: { id: true, building: { select: { id: true, site: { select: { id: true, areaId: true, ownerPartnerId: true } } } } },
  });
  const openSpaces = await db.site.findMany({ where: { buildings: { none: {} } }, orderBy: { name: "asc" }, select: { id: true, areaId: true, ownerPartnerId: true } });

  const now = Date.now();
  const ids = Array.from({ length: 40 }, () => randomUUID().replaceAll("-", ""));
  const reports = Array.from({ length: 40 }, (_, i) => {
    const category = REPORT_CATEGORIES[(i * 3) % REPORT_CATEGORIES.length];
    // The demo residents' own reports: one of each state worth showing (resolved days ago, etc.);
    // the second demo resident has a resolved one too, so two journeys can each answer one.
    const demo = i < 5;
    const status: ReportStatus = demo ? (["RESOLVED", "ACKNOWLEDGED", "CLOSED", "NEW", "RESOLVED"] as const)[i] : i === DUPLICATE_INDEX ? "DUPLICATE" : STATUS_MIX[i % STATUS_MIX.length];
    const outdoors = category.slug === "espaces-verts" || (category.slug === "eclairage" && i % 2 === 0);
    const site = outdoors ? openSpaces[i % openSpaces.length] : null;
    const entrance = site ? null : entrances[(i * 7) % entrances.length];
    const place = site
      ? { areaId: site.areaId, siteId: site.id, buildingId: null, entranceId: null, ownerPartnerId: site.ownerPartnerId }
      : {
          areaId: entrance!.building.site.areaId,
          siteId: entrance!.building.site.id,
          buildingId: entrance!.building.id,
          entranceId: i % 3 === 0 ? null : entrance!.id,
          ownerPartnerId: entrance!.building.site.ownerPartnerId,
        };
    const onBehalf = !demo && i % 9 === 5;
    const authorId = demo ? (i === 4 ? people.otherDemoResidentId : people.demoResidentId) : onBehalf ? null : people.residentIds[(i * 11) % people.residentIds.length];
    const createdAt = new Date(now - (demo ? [12, 4, 40, 0.2, 6][i] : 1 + ((i * 37) % 90)) * DAY);
    const descriptions = DESCRIPTIONS[category.slug];
    const isPublic = i % 4 !== 1;
    const path = PATHS[status];
    const stepAt = (step: number) => new Date(Math.min(createdAt.getTime() + step * 26 * HOUR, now - (path.length - step) * HOUR));
    const at = (s: ReportStatus) => (path.includes(s) ? stepAt(path.indexOf(s)) : null);
    return {
      i,
      path,
      stepAt,
      data: {
        id: ids[i],
        categoryId: categoryId.get(category.slug)!,
        description: descriptions[i % descriptions.length],
        areaId: place.areaId,
        siteId: place.siteId,
        buildingId: place.buildingId,
        entranceId: place.entranceId,
        authorId,
        enteredById: authorId ?? people.staffId,
        reporterName: onBehalf ? ["Mme Rolland", "M. Benhamou", "Mme Lopes"][i % 3] : null,
        reporterContact: onBehalf ? "06 12 34 56 78" : null,
        visibility: isPublic ? ("PUBLIC" as const) : ("PRIVATE" as const),
        status,
        priority: category.slug === "securite-danger" ? ("URGENT" as const) : category.slug === "ascenseur" || category.slug === "chauffage" ? ("HIGH" as const) : ("NORMAL" as const),
        partnerId: path.includes("ROUTED") ? place.ownerPartnerId : null,
        // Every other person agreed to be contacted; staff passed that on to the partner on routing.
        contactConsent: i % 2 === 0,
        contactSharedWithPartnerId: i % 2 === 0 && path.includes("ROUTED") ? place.ownerPartnerId : null,
        publicDescription: isPublic && status !== "NEW" ? descriptions[i % descriptions.length] : null,
        moderationStatus: isPublic && status !== "NEW" ? ("APPROVED" as const) : ("PENDING" as const),
        moderatedById: isPublic && status !== "NEW" ? people.staffId : null,
        moderatedAt: isPublic && status !== "NEW" ? stepAt(1) : null,
        rejectionReason: status === "REJECTED" ? STAFF_COMMENTS.REJECTED : null,
        duplicateOfId: i === DUPLICATE_INDEX ? ids[DUPLICATE_OF_INDEX] : null,
        acknowledgedAt: at("ACKNOWLEDGED"),
        resolvedAt: at("RESOLVED"),
        closedAt: at("CLOSED"),
        version: path.length - 1,
        createdAt,
      },
    };
  });

  // One statement: the duplicate's target is in the same insert (the foreign key is checked at its end).
  await db.report.createMany({ data: reports.map((r) => r.data) });

  await db.reportEvent.createMany({
    data: reports.flatMap((r) =>
      r.path.map((status, step) => ({
        reportId: r.data.id,
        kind: step === 0 ? ("CREATED" as const) : ("STATUS_CHANGED" as const),
        fromStatus: step === 0 ? null : r.path[step - 1],
        toStatus: status,
        comment: step === 0 ? (r.data.authorId ? null : "Signalement enregistré par l'équipe de la Régie.") : (STAFF_COMMENTS[status] ?? null),
        visibility: "PUBLIC" as const,
        actorId: step === 0 ? r.data.enteredById : status === "CLOSED" && r.data.authorId ? r.data.authorId : people.staffId,
        createdAt: r.stepAt(step),
      })),
    ),
  });

  // "Moi aussi" on a few public open reports.
  const supporters = reports
    .filter((r) => r.data.visibility === "PUBLIC" && ["NEW", "ACKNOWLEDGED", "ROUTED", "PLANNED"].includes(r.data.status))
    .slice(0, 8)
    .flatMap((r, n) =>
      people.residentIds
        .filter((id) => id !== r.data.authorId)
        .slice(n * 3, n * 3 + 1 + (n % 3))
        .map((userId) => ({ reportId: r.data.id, userId })),
    );
  await db.reportSupporter.createMany({ data: supporters });
  const counts = new Map<string, number>();
  for (const s of supporters) counts.set(s.reportId, (counts.get(s.reportId) ?? 0) + 1);
  for (const [reportId, supporterCount] of counts) await db.report.update({ where: { id: reportId }, data: { supporterCount } });

  // "Mes notifications" of the demo residents: one per change staff made to their reports, in the
  // words the services use; read, except the last change of a report that is still theirs to see.
  const demoReports = reports.filter((r) => r.i < 5 && r.data.authorId);
  const numbers = new Map(
    (await db.report.findMany({ where: { id: { in: demoReports.map((r) => r.data.id) } }, select: { id: true, number: true } })).map((r) => [r.id, r.number]),
  );
  await db.notification.createMany({
    data: demoReports.flatMap((r) => {
      const staffSteps = r.path.map((status, step) => ({ status, step })).filter(({ status, step }) => step > 0 && !(status === "CLOSED" && r.data.authorId));
      return staffSteps.map(({ status, step }) => {
        const at = r.stepAt(step);
        const last = step === r.path.length - 1;
        const comment = STAFF_COMMENTS[status];
        return {
          userId: r.data.authorId!,
          reportId: r.data.id,
          kind: "REPORT_STATUS" as const,
          text: `Le signalement n° ${numbers.get(r.data.id)} est maintenant « ${REPORT_STATUS_LABELS[status]} ».${comment ? `\n\n${comment}` : ""}`,
          createdAt: at,
          readAt: last ? null : new Date(at.getTime() + HOUR),
        };
      });
    }),
  });
}
