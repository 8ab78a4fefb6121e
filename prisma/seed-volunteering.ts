/**
 * Demo volunteering (issue 12): five activities with their hourly value, about fifteen volunteers
 * (new accounts, plus the demo volunteer Jean-Pierre Morel), a year of past missions and the next
 * weeks' — one full with a waiting list, one next week with places left — sign-ups, and hours
 * validated, submitted and one refused. Invented people; dates relative to today.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { HoursStatus } from "../lib/generated/prisma/enums";
import { parisInstant } from "../lib/core/calendar";

const ACTIVITIES = [
  { name: "Animation", hourlyRateCents: 1400 },
  { name: "Jardinage partagé", hourlyRateCents: 1200 },
  { name: "Accompagnement scolaire", hourlyRateCents: 1800 },
  { name: "Fête de quartier", hourlyRateCents: 1200 },
  { name: "Aide administrative", hourlyRateCents: 1600 },
] as const;
type ActivityName = (typeof ACTIVITIES)[number]["name"];

const VOLUNTEERS = [
  { name: "Martine Rousseau", skills: ["Jardinage", "Cuisine"], availability: "Le samedi matin" },
  { name: "Youssef El Amrani", skills: ["Accompagnement scolaire", "Informatique"], availability: "En semaine après 17 h" },
  { name: "Gisèle Bertrand", skills: ["Aide administrative", "Traduction", "portugais"], availability: "Le mardi et le jeudi après-midi" },
  { name: "Ibrahima Diallo", skills: ["Animation", "Bricolage"], availability: "Le week-end" },
  { name: "Chantal Meunier", skills: ["Cuisine", "Couture"], availability: "Le mercredi" },
  { name: "Rachid Benhamou", skills: ["Conduite (permis B)", "Bricolage"], availability: "Le samedi" },
  { name: "Aurélie Vasseur", skills: ["Accompagnement scolaire"], availability: "Le lundi et le jeudi de 17 h à 19 h" },
  { name: "Noël Garnier", skills: ["Jardinage", "Bricolage"], availability: "Tous les matins" },
  { name: "Samira Ouali", skills: ["Animation", "Traduction", "arabe"], availability: "Le mercredi après-midi" },
  { name: "Bernard Lemaire", skills: ["Aide administrative", "Informatique"], availability: "En semaine, le matin" },
  { name: "Fanta Sissoko", skills: ["Cuisine", "Animation"], availability: "Le samedi après-midi" },
  { name: "Denis Paquet", skills: ["Jardinage"], availability: "Le dimanche matin" },
  { name: "Lucie Carpentier", skills: ["Animation", "Accompagnement scolaire"], availability: "Pendant les vacances scolaires" },
  { name: "Moussa Camara", skills: ["Bricolage", "Conduite (permis B)"], availability: "Le vendredi" },
  { name: "Odile Ferrand", skills: ["Couture", "Aide administrative"], availability: "Le mardi" },
] as const;

/** Past missions: a title, its activity, where, how many places, hour and length. */
const PAST = [
  { title: "Atelier compost au jardin des Lilas", activity: "Jardinage partagé", place: "Jardin partagé des Lilas", places: 6, start: "09:30", hours: 3 },
  { title: "Aide aux devoirs — collège Jean-Moulin", activity: "Accompagnement scolaire", place: "Local associatif des Tilleuls", places: 4, start: "17:00", hours: 2 },
  { title: "Permanence « papiers »", activity: "Aide administrative", place: "Maison de quartier, salle 2", places: 2, start: "14:00", hours: 3 },
  { title: "Goûter des voisins", activity: "Animation", place: "Square de la Gare", places: 5, start: "15:00", hours: 3 },
  { title: "Fête de quartier : installation et buvette", activity: "Fête de quartier", place: "Place du Marché", places: 12, start: "10:00", hours: 6 },
  { title: "Plantations de printemps", activity: "Jardinage partagé", place: "Jardin partagé des Lilas", places: 8, start: "09:00", hours: 3 },
] as const;

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function seedVolunteering(db: PrismaClient, { staffId, volunteerUserId }: { staffId: string; volunteerUserId: string }) {
  await db.volunteerActivity.createMany({ data: [...ACTIVITIES] });
  const activityId = new Map((await db.volunteerActivity.findMany({ select: { id: true, name: true } })).map((a) => [a.name as ActivityName, a.id]));

  // The new accounts sign in with the demo password, like every demo account (the staff's hash).
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: staffId }, select: { passwordHash: true } });
  const volunteerIds: string[] = [];
  for (const person of VOLUNTEERS) {
    const email = `${person.name.replace(/ /g, ".")}.benevole@demo.quartier.test`.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    const user = await db.user.create({
      data: {
        email,
        name: person.name,
        passwordHash,
        privacyConsentAt: new Date(),
        emailVerifiedAt: new Date(),
        roleGrants: { create: [{ role: "RESIDENT" }, { role: "VOLUNTEER" }] },
        volunteerProfile: { create: { skills: [...person.skills], availability: person.availability } },
      },
      select: { id: true },
    });
    volunteerIds.push(user.id);
  }
  await db.volunteerProfile.create({ data: { userId: volunteerUserId, skills: ["Jardinage", "Bricolage", "Animation"], availability: "Le samedi, et le mercredi après-midi" } });
  const everyone = [volunteerUserId, ...volunteerIds];

  const today = new Date(`${isoDay(new Date())}T00:00:00Z`);
  const dayAt = (offset: number) => isoDay(new Date(today.getTime() + offset * DAY));
  const mission = (title: string, activity: ActivityName, place: string, places: number, offset: number, start: string, hours: number, description?: string) => {
    const startsAt = parisInstant(dayAt(offset), start);
    return { title, description: description ?? null, activityId: activityId.get(activity) as string, place, places, startsAt, endsAt: new Date(startsAt.getTime() + hours * 3_600_000), createdById: staffId };
  };

  // A year of past missions, about every three weeks, each with its confirmed volunteers and their hours.
  const hours: { userId: string; activityId: string; missionId: string | null; day: Date; minutes: number; status: HoursStatus; enteredById: string; reviewedById?: string; reviewedAt?: Date; refusalReason?: string; note?: string }[] = [];
  for (let i = 0; i < 17; i++) {
    const template = PAST[i % PAST.length];
    const offset = -350 + i * 21;
    const created = await db.volunteerMission.create({
      data: mission(template.title, template.activity, template.place, template.places, offset, template.start, template.hours),
      select: { id: true, activityId: true, startsAt: true, places: true },
    });
    const count = Math.min(created.places, 2 + (i % 4));
    const people = Array.from({ length: count }, (_, k) => everyone[(i * 3 + k) % everyone.length]);
    await db.missionSignup.createMany({ data: people.map((userId) => ({ missionId: created.id, userId, status: "CONFIRMED" as const, createdAt: new Date(created.startsAt.getTime() - 7 * DAY) })) });
    const recent = offset > -20;
    for (const [k, userId] of people.entries()) {
      // The latest mission's hours wait for validation; one entry was refused (counted twice).
      const status: HoursStatus = recent ? "SUBMITTED" : i === 9 && k === 0 ? "REFUSED" : "VALIDATED";
      hours.push({
        userId,
        activityId: created.activityId,
        missionId: created.id,
        day: new Date(`${dayAt(offset)}T00:00:00Z`),
        minutes: template.hours * 60 - (k % 3 === 2 ? 30 : 0),
        status,
        enteredById: k % 4 === 3 ? staffId : userId,
        ...(status === "SUBMITTED" ? {} : { reviewedById: staffId, reviewedAt: new Date(created.startsAt.getTime() + 3 * DAY) }),
        ...(status === "REFUSED" ? { refusalReason: "Ces heures étaient déjà déclarées pour le même jour." } : {}),
      });
    }
  }
  // Hours given outside any mission (the weekly homework help), and Jean-Pierre's, one still to validate.
  for (let week = 1; week <= 10; week++) {
    hours.push({ userId: volunteerIds[6], activityId: activityId.get("Accompagnement scolaire") as string, missionId: null, day: new Date(`${dayAt(-week * 7)}T00:00:00Z`), minutes: 90, status: week > 1 ? "VALIDATED" : "SUBMITTED", enteredById: volunteerIds[6], ...(week > 1 ? { reviewedById: staffId, reviewedAt: new Date() } : {}) });
  }
  hours.push({ userId: volunteerUserId, activityId: activityId.get("Jardinage partagé") as string, missionId: null, day: new Date(`${dayAt(-2)}T00:00:00Z`), minutes: 150, status: "SUBMITTED", enteredById: volunteerUserId, note: "Arrosage et désherbage des carrés." });
  await db.volunteerHours.createMany({ data: hours });

  // The next weeks: a full mission with its waiting list, one next week with places left, and more.
  const full = await db.volunteerMission.create({
    data: mission("Atelier cuisine du monde", "Animation", "Maison de quartier, cuisine", 3, 4, "14:00", 4, "Préparer le repas partagé avec les habitants : trois bénévoles suffisent."),
    select: { id: true },
  });
  const now = Date.now();
  await db.missionSignup.createMany({
    data: [
      ...[volunteerIds[4], volunteerIds[10], volunteerIds[8]].map((userId, k) => ({ missionId: full.id, userId, status: "CONFIRMED" as const, createdAt: new Date(now - (10 - k) * DAY) })),
      ...[volunteerIds[0], volunteerIds[12]].map((userId, k) => ({ missionId: full.id, userId, status: "WAITLISTED" as const, createdAt: new Date(now - (5 - k) * DAY) })),
    ],
  });
  const nextWeek = await db.volunteerMission.create({
    data: mission("Nettoyage du jardin des Lilas", "Jardinage partagé", "Jardin partagé des Lilas", 8, 7, "09:30", 3, "Tailler, désherber et préparer les carrés pour l'hiver. Gants et outils fournis."),
    select: { id: true },
  });
  await db.missionSignup.createMany({ data: [volunteerIds[7], volunteerIds[11]].map((userId) => ({ missionId: nextWeek.id, userId, status: "CONFIRMED" as const })) });
  await db.volunteerMission.create({ data: mission("Aide aux devoirs — reprise", "Accompagnement scolaire", "Local associatif des Tilleuls", 5, 12, "17:00", 2) });
  await db.volunteerMission.create({ data: mission("Préparation de la fête d'hiver", "Fête de quartier", "Place du Marché", 10, 19, "10:00", 5, "Décorations, stand de crêpes et vin chaud sans alcool.") });
  const withJeanPierre = await db.volunteerMission.create({ data: mission("Permanence « papiers »", "Aide administrative", "Maison de quartier, salle 2", 2, 10, "14:00", 3), select: { id: true } });
  await db.missionSignup.create({ data: { missionId: withJeanPierre.id, userId: volunteerUserId, status: "CONFIRMED" } });
}
