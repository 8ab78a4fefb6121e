/**
 * Demo access notes: what the Régie's employees need on site (keys, codes, caretaker). Never
 * public. Called by seed.ts once the territory exists; places are found by name.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";

const SITE_NOTES: Record<string, string> = {
  "Résidence Les Tilleuls": "Badge au local gardien (rez-de-chaussée du bâtiment B), du lundi au vendredi de 8 h à 12 h. Gardienne : Mme Ferreira.",
  "Place du Marché": "Marché le mercredi et le samedi matin : pas d'intervention avant 14 h ces jours-là. Borne escamotable côté rue de la Poste, clé n° 12 au bureau.",
  "Résidence du Val Fleuri": "Portail du parking : code 4817 B. Les containers sont dans le local derrière le bâtiment Jasmin.",
  "Maison de quartier": "Clé et alarme à retirer à l'accueil de la mairie annexe. Code alarme donné par téléphone par la responsable, jamais par écrit.",
};

const BUILDING_NOTES: [site: string, building: string, notes: string][] = [
  ["Résidence Les Tilleuls", "Bâtiment A", "Digicode 2590. Local poubelles au sous-sol, clé sur le trousseau « Tilleuls »."],
  ["Résidence Les Tilleuls", "Bâtiment C", "Ascenseur souvent en panne : prévoir le chariot léger. Cave accessible par la porte côté parking."],
  ["Le Clos des Vignes", "Bâtiment 2", "Entrée par l'arrière (rue des Vignes) pendant les travaux de façade. Clé du local technique chez le gardien du bâtiment 1."],
];

export async function seedTerritory(db: PrismaClient) {
  for (const [name, accessNotes] of Object.entries(SITE_NOTES)) {
    await db.site.updateMany({ where: { name }, data: { accessNotes } });
  }
  for (const [site, name, accessNotes] of BUILDING_NOTES) {
    await db.building.updateMany({ where: { name, site: { name: site } }, data: { accessNotes } });
  }
}
