import type { ReportStatus } from "@/lib/generated/prisma/enums";

/** The French answers seeded for staff; edited in place before they are sent. */
export const DEFAULT_RESPONSE_TEMPLATES: readonly { status: ReportStatus; title: string; body: string }[] = [
  {
    status: "ACKNOWLEDGED",
    title: "Pris en compte",
    body: "Bonjour, merci pour votre signalement. L'équipe de la Régie l'a bien reçu et va s'en occuper rapidement.",
  },
  {
    status: "ROUTED",
    title: "Transmis au bailleur",
    body: "Bonjour, ce problème relève du propriétaire des lieux. Nous lui avons transmis votre signalement et suivons sa réponse.",
  },
  {
    status: "RESOLVED",
    title: "Intervention terminée",
    body: "Bonjour, l'intervention a été réalisée. Pouvez-vous nous confirmer que le problème est réglé ?",
  },
  {
    status: "REJECTED",
    title: "Hors du périmètre de la Régie",
    body: "Bonjour, ce problème ne relève pas de la Régie de quartier. Nous vous invitons à contacter directement la mairie.",
  },
  {
    status: "DUPLICATE",
    title: "Déjà signalé",
    body: "Bonjour, ce problème a déjà été signalé par un voisin. Vous suivrez désormais ce signalement-là.",
  },
];
