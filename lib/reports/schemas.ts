import { z } from "zod";

export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 2000;

/** An HTML checkbox: "on" when checked, absent when not. */
export const checkbox = z
  .literal("on", { error: "Case à cocher invalide." })
  .optional()
  .transform((v) => v === "on");

const id = z.string().min(1, "Identifiant manquant.").max(40, "Identifiant invalide.").regex(/^[a-z0-9]+$/i, "Identifiant invalide.");

/** "site:<id>", "building:<id>" or "entrance:<id>": one select for the three levels of the territory. */
export const PLACE_PATTERN = /^(site|building|entrance):([a-z0-9]{1,40})$/i;
export type PlaceRef = { level: "site" | "building" | "entrance"; id: string };

export function parsePlace(value: string): PlaceRef | null {
  const match = PLACE_PATTERN.exec(value);
  return match ? { level: match[1].toLowerCase() as PlaceRef["level"], id: match[2] } : null;
}

const place = z
  .string()
  .max(60)
  .transform((v, ctx) => {
    if (!v) return null;
    const ref = parsePlace(v);
    if (!ref) {
      ctx.addIssue({ code: "custom", message: "Lieu inconnu : choisissez-le dans la liste." });
      return z.NEVER;
    }
    return ref;
  });

const coordinate = (min: number, max: number) =>
  z
    .string()
    .trim()
    .max(20)
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v.replace(",", "."));
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: "Coordonnée invalide." });
        return z.NEVER;
      }
      return n;
    });

/**
 * An empty file input still sends one empty File: drop it, and make one file a list of one. Sent
 * with JavaScript (React's server action decoder, through busboy), its empty file name arrives as
 * the word "undefined".
 */
const photos = z.preprocess(
  (value) => {
    const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
    return list.filter((f) => !(f instanceof File && f.size === 0 && (!f.name || f.name === "undefined")));
  },
  z
    .array(z.instanceof(File, { error: "Fichier invalide." }))
    .max(MAX_PHOTOS, `${MAX_PHOTOS} photos au maximum.`)
    .superRefine((files, ctx) => {
      for (const file of files) {
        if (file.size > MAX_PHOTO_BYTES) {
          ctx.addIssue({ code: "custom", message: `La photo « ${file.name || "sans nom"} » dépasse 10 Mo.` });
        }
      }
    }),
);

const reportFields = {
  categoryId: z
    .string({ error: "Choisissez une catégorie." })
    .min(1, "Choisissez une catégorie.")
    .max(40, "Catégorie inconnue.")
    .regex(/^[a-z0-9]+$/i, "Catégorie inconnue."),
  place,
  latitude: coordinate(-90, 90).optional(),
  longitude: coordinate(-180, 180).optional(),
  address: z
    .string()
    .trim()
    .max(200, "200 caractères au maximum.")
    .transform((v) => v || null)
    .optional(),
  description: z
    .string({ error: "Décrivez le problème." })
    .trim()
    .min(DESCRIPTION_MIN, `Décrivez le problème en ${DESCRIPTION_MIN} caractères au moins.`)
    .max(DESCRIPTION_MAX, `${DESCRIPTION_MAX} caractères au maximum.`),
  visibility: z.enum(["PUBLIC", "PRIVATE"], { error: "Choisissez si le signalement est public ou privé." }),
  /** The person may be contacted by the partner handling the report (staff still decide to share). */
  contactConsent: checkbox,
  photos: photos.optional().transform((v) => v ?? []),
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "Formulaire expiré : rechargez la page."),
};

export const PLACE_REQUIRED = "Choisissez le lieu du problème dans la liste, ou placez un point sur la carte.";

/**
 * Where: a place of the list (site, building or entrance), a point on the map, or both (the point
 * then refines the place). A point alone is for what the list lacks (a spot in the street): the
 * report then has no site, so no partner sees it and « moi aussi » cannot find it until staff,
 * who see it in their queue as « Point sur la carte », give it its place. No site is guessed from
 * the point: the nearest one may be the neighbouring residence of another landlord. The list
 * stays the accessible way to say where, with or without JavaScript.
 */
function requirePlace(value: { place: PlaceRef | null; latitude?: number | null; longitude?: number | null }, ctx: z.RefinementCtx) {
  const hasPoint = value.latitude != null && value.longitude != null;
  if (!value.place && !hasPoint) ctx.addIssue({ code: "custom", path: ["place"], message: PLACE_REQUIRED });
  if ((value.latitude == null) !== (value.longitude == null)) {
    ctx.addIssue({ code: "custom", path: ["latitude"], message: "Indiquez la latitude et la longitude, ou aucune des deux." });
  }
}

export const createReportSchema = z.strictObject(reportFields).superRefine(requirePlace);
export type CreateReportInput = z.output<typeof createReportSchema>;

const phone = z
  .string()
  .trim()
  .max(100, "100 caractères au maximum.")
  .transform((v) => v || null)
  .optional();

/** Staff at the counter: the same report, plus who reported it (kept private). */
export const createReportOnBehalfSchema = z
  .strictObject({
    ...reportFields,
    reporterName: z.string({ error: "Indiquez le nom de la personne." }).trim().min(2, "Indiquez le nom de la personne.").max(100, "100 caractères au maximum."),
    reporterContact: phone,
  })
  .superRefine(requirePlace);
export type CreateReportOnBehalfInput = z.output<typeof createReportOnBehalfSchema>;

export const supportReportSchema = z.strictObject({ reportId: id });
export type SupportReportInput = z.output<typeof supportReportSchema>;

export const respondToResolutionSchema = z.strictObject({
  reportId: id,
  version: z.coerce.number().int().min(0),
  decision: z.enum(["fixed", "not-fixed"], { error: "Réponse inconnue." }),
  comment: z
    .string()
    .trim()
    .max(1000, "1000 caractères au maximum.")
    .transform((v) => v || null)
    .optional(),
});
export type RespondToResolutionInput = z.output<typeof respondToResolutionSchema>;

/** The author's agreement that the partner handling their report may contact them. */
export const setContactConsentSchema = z.strictObject({
  reportId: z.string().min(1, "Identifiant manquant.").max(40, "Identifiant invalide."),
  consent: z.enum(["yes", "no"], { error: "Choix invalide." }).transform((v) => v === "yes"),
});
export type SetContactConsentInput = z.output<typeof setContactConsentSchema>;

/** Step 1's answer when the place is not in the list: step 2 then asks for the point on the map. */
export const MAP_POINT_PLACE = "carte";

/** The GET "Vérifier" step of the form: category and place, parsed leniently from the URL. */
export const reportDraftSearchSchema = z.object({
  categorie: id.optional().catch(undefined),
  lieu: z.union([z.string().max(60).regex(PLACE_PATTERN), z.literal(MAP_POINT_PLACE)]).optional().catch(undefined),
});

export const listMyReportsSchema = z.object({ page: z.coerce.number().int().min(1).max(10000).catch(1) });
