import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { foldText } from "@/lib/format/text";
import { REPORT_STATUS_LABELS } from "@/lib/reports/model";

/**
 * The report catalog: the categories residents choose from when they report a problem, and the
 * response templates offered to staff when they comment a report. Both are short lists in an
 * order staff choose, switched on and off rather than deleted once in use. This module holds
 * their limits, orders and the words of their rules; safe to import from client forms.
 */

export const CATEGORY_NAME_MAX = 60;
export const CATEGORY_GUIDANCE_MAX = 300;
export const TEMPLATE_TITLE_MAX = 80;
/** A template fills the triage comment, which takes at most 2000 characters. */
export const TEMPLATE_BODY_MAX = 2000;

/** The display order of categories, as residents see it (names are unique, the id settles ties). */
export const CATEGORY_ORDER: Prisma.ReportCategoryOrderByWithRelationInput[] = [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }];

/** The order of templates within one status. */
export const TEMPLATE_ORDER: Prisma.ResponseTemplateOrderByWithRelationInput[] = [{ sortOrder: "asc" }, { title: "asc" }, { id: "asc" }];

export const MOVE_DIRECTIONS = ["up", "down"] as const;
export type MoveDirection = (typeof MOVE_DIRECTIONS)[number];

/**
 * The comparable form of a category name: no case, no accents, no punctuation
 * ("Sécurité / danger" → "securite-danger"). Stored as the category's unique slug.
 */
export function categorySlug(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// ─── The words of the rules (refusals shown to staff) ─────────────────────────────────────────

export const CATEGORY_NOT_FOUND = "Catégorie introuvable : elle a peut-être été supprimée entre-temps.";
export const CATEGORY_CONFLICT = "Cette catégorie a été modifiée entre-temps par quelqu'un d'autre. Rechargez la page.";
export const TEMPLATE_NOT_FOUND = "Modèle de réponse introuvable : il a peut-être été supprimé entre-temps.";
export const TEMPLATE_CONFLICT = "Ce modèle a été modifié entre-temps par quelqu'un d'autre. Rechargez la page.";
export const ORDER_CONFLICT = "L'ordre a changé entre-temps : vérifiez la liste avant de recommencer.";
export const LAST_ACTIVE_CATEGORY =
  "C'est la dernière catégorie proposée aux habitants : gardez-en au moins une active, sinon plus personne ne peut signaler de problème.";
export const ALREADY_FIRST = "Déjà en tête de liste.";
export const ALREADY_LAST = "Déjà en fin de liste.";
/** A name written by another path between the check and the write (the unique slug refuses it). */
export const CATEGORY_NAME_TAKEN = "Une catégorie porte déjà ce nom, ou un nom très proche : choisissez un autre nom.";

export function duplicateCategoryName(existing: string) {
  return `Une catégorie s'appelle déjà « ${existing} » : choisissez un autre nom.`;
}

export function categoryInUse(reportCount: number) {
  const reports = reportCount > 1 ? `${reportCount} signalements` : "un signalement";
  return `Cette catégorie est utilisée par ${reports} : elle ne peut pas être supprimée. Désactivez-la pour qu'elle ne soit plus proposée aux habitants.`;
}

export function duplicateTemplateTitle(status: ReportStatus, existing: string) {
  return `Un modèle « ${existing} » existe déjà pour le statut « ${REPORT_STATUS_LABELS[status]} » : choisissez un autre titre.`;
}

/** A title written by another path between the check and the write (the unique index refuses it). */
export function templateTitleTaken(status: ReportStatus) {
  return `Un modèle porte déjà ce titre pour le statut « ${REPORT_STATUS_LABELS[status]} » : choisissez un autre titre.`;
}
