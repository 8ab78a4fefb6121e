"use client";

import { useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { formFields } from "@/components/forms/use-action-form";
import { TextAreaField } from "@/components/ui/text-area";
import { PlaceSelect } from "@/components/reports/place-select";
import { MapPointPicker, type MapPointConfig } from "@/components/reports/map-point-picker";
import { CheckboxField } from "@/components/ui/checkbox-field";
import type { CategoryOption } from "@/lib/report-catalog/active";
import type { PlaceGroup } from "@/lib/reports/queries/place";
import { clientRoutes } from "@/lib/client-routes";

type Props = {
  /** Which form of the upload route (app/api/signalements/route.ts) this is. */
  formName: "habitant" | "guichet";
  idempotencyKey: string;
  /** Category and place chosen at the "Vérifier" step, sent as hidden fields; place "": the map point says where. */
  chosen?: { categoryId: string; place: string };
  /** Otherwise, chosen in this form (staff at the counter). */
  categories?: CategoryOption[];
  places?: PlaceGroup[];
  onBehalf?: boolean;
  /** The optional map point (shown only with JavaScript, and when the territory has coordinates). */
  map?: MapPointConfig;
  submitLabel: string;
  /** A refusal of a submission sent without JavaScript, shown as the form comes back (lib/reports/form-refusal.ts). */
  refusal?: ActionResult<unknown>;
};

const MAX_PHOTOS = 5;
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const SEND_FAILED = "L'envoi n'a pas abouti. Vérifiez votre connexion et réessayez.";

/** Photos refused before sending anything: the server checks the same, this only saves the upload. */
function checkPhotos(form: HTMLFormElement): string[] {
  const input = form.elements.namedItem("photos");
  const files = input instanceof HTMLInputElement && input.files ? [...input.files] : [];
  const errors = files.filter((f) => f.size > MAX_PHOTO_BYTES).map((f) => `La photo « ${f.name} » dépasse 10 Mo.`);
  if (files.length > MAX_PHOTOS) errors.unshift(`${MAX_PHOTOS} photos au maximum.`);
  return errors;
}

/**
 * The report itself, posted with its photos to the upload route: without JavaScript, a plain
 * multipart POST (the route answers with the next page); with it, the same POST asking for JSON, so
 * that errors show next to the fields.
 */
export function ReportForm({ formName, idempotencyKey, chosen, categories, places, onBehalf, map, submitLabel, refusal }: Props) {
  const [state, setState] = useState<ActionResult<unknown> | undefined>(refusal);
  const [pending, setPending] = useState(false);
  const refused = state && !state.ok;
  const { errors, value, field, checkbox } = formFields(state);
  // Public unless the person chose otherwise: the photo check in the browser refuses without the values.
  const visibility = value("visibility") || "PUBLIC";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const photoErrors = checkPhotos(form);
    if (photoErrors.length) {
      setState({ ok: false, formError: "Certains champs sont à corriger.", fieldErrors: { photos: photoErrors } });
      return;
    }
    setPending(true);
    try {
      const response = await fetch(form.action, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" } });
      const result = (await response.json()) as ActionResult<unknown> & { redirectTo?: string };
      if (result.ok && result.redirectTo) {
        window.location.assign(result.redirectTo);
        return;
      }
      setState(result);
      setPending(false);
    } catch {
      setState({ ok: false, formError: SEND_FAILED });
      setPending(false);
    }
  }

  return (
    <form action={clientRoutes.reportUpload(formName)} method="post" encType="multipart/form-data" onSubmit={submit} className="space-y-5" noValidate>
      <FormStatus state={state} />
      {refused ? (
        <p className="text-sm text-slate-700">Si vous aviez joint des photos, choisissez-les à nouveau avant d&apos;envoyer.</p>
      ) : null}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {chosen ? (
        <>
          <input type="hidden" name="categoryId" value={chosen.categoryId} />
          <input type="hidden" name="place" value={chosen.place} />
          {[...(errors("categoryId") ?? []), ...(errors("place") ?? [])].map((message) => (
            <p key={message} className="text-sm font-medium text-red-800">
              {message}
            </p>
          ))}
        </>
      ) : (
        <>
          <SelectField
            label="Catégorie"
            required
            emptyLabel="Choisir une catégorie"
            options={(categories ?? []).map((c) => ({ value: c.id, label: c.isDanger ? `${c.name} (danger)` : c.name }))}
            {...field("categoryId")}
          />
          <PlaceSelect groups={places ?? []} {...field("place")} />
        </>
      )}

      {onBehalf ? (
        <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold">La personne qui signale (jamais affiché publiquement)</legend>
          <TextField label="Nom de la personne" autoComplete="off" required maxLength={100} {...field("reporterName")} />
          <TextField label="Téléphone ou e-mail (facultatif)" hint="Pour la rappeler si besoin." autoComplete="off" maxLength={100} {...field("reporterContact")} />
        </fieldset>
      ) : null}

      {map ? (
        // Keyed by the form's key: after a report is saved, the next one starts without a point.
        <MapPointPicker
          key={idempotencyKey}
          config={map}
          required={chosen?.place === ""}
          defaultLatitude={value("latitude")}
          defaultLongitude={value("longitude")}
          errors={errors("latitude")}
        />
      ) : errors("latitude")?.length ? (
        <p className="text-sm font-medium text-red-800">{errors("latitude")?.join(" ")}</p>
      ) : null}

      <TextField
        label="Précision sur le lieu (facultatif)"
        hint="Par exemple : 3e étage, devant le local poubelles, côté parking."
        maxLength={200}
        {...field("address")}
      />
      <TextAreaField
        label="Description du problème"
        hint="Entre 10 et 2 000 caractères. Ne donnez pas d'informations personnelles sur d'autres personnes."
        required
        minLength={10}
        maxLength={2000}
        {...field("description")}
      />

      <div className="space-y-1">
        <label htmlFor="photos" className="block text-sm font-medium text-slate-900">
          Photos (facultatif)
        </label>
        <p id="photos-hint" className="text-sm text-slate-700">
          Jusqu&apos;à 5 photos JPEG, PNG ou WebP, 10 Mo chacune. Leur position GPS et leurs autres métadonnées sont effacées.
        </p>
        <input
          id="photos"
          name="photos"
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp"
          aria-invalid={errors("photos")?.length ? true : undefined}
          aria-describedby={["photos-hint", errors("photos")?.length ? "photos-error" : null].filter(Boolean).join(" ")}
          className="block w-full text-base file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-2"
        />
        {errors("photos")?.length ? (
          <p id="photos-error" className="text-sm font-medium text-red-800">
            {errors("photos")?.join(" ")}
          </p>
        ) : null}
      </div>

      <fieldset className="space-y-2" aria-describedby={errors("visibility")?.length ? "visibility-error" : undefined}>
        <legend className="text-sm font-medium text-slate-900">Qui peut voir ce signalement ?</legend>
        <div className="flex items-start gap-2">
          <input id="visibility-public" type="radio" name="visibility" value="PUBLIC" defaultChecked={visibility === "PUBLIC"} className="mt-1 size-5" />
          <label htmlFor="visibility-public">
            Public : visible par tous après relecture par la Régie, sans votre nom. Vos voisins peuvent dire « moi aussi ».
          </label>
        </div>
        <div className="flex items-start gap-2">
          <input id="visibility-private" type="radio" name="visibility" value="PRIVATE" defaultChecked={visibility === "PRIVATE"} className="mt-1 size-5" />
          <label htmlFor="visibility-private">Privé : seule l&apos;équipe de la Régie le voit (par exemple, un problème dans votre logement).</label>
        </div>
        {errors("visibility")?.length ? (
          <p id="visibility-error" className="text-sm font-medium text-red-800">
            {errors("visibility")?.join(" ")}
          </p>
        ) : null}
      </fieldset>

      <CheckboxField
        label={onBehalf ? "La personne accepte d'être contactée par l'organisme chargé de la réparation" : "J'accepte d'être contacté(e) par l'organisme chargé de la réparation"}
        hint="Par exemple le bailleur, pour prendre rendez-vous. La Régie lui transmet alors le nom et le téléphone ou l'e-mail, et à lui seul."
        {...checkbox("contactConsent")}
      />

      <SubmitButton disabled={pending} aria-disabled={pending}>
        {pending ? "Envoi en cours…" : submitLabel}
      </SubmitButton>
    </form>
  );
}
