"use client";

import { MapPointPicker, type MapPointConfig, type MapPointWords } from "@/components/reports/map-point-picker";
import { SelectField, TextField } from "@/components/ui/field";
import { TextAreaField } from "@/components/ui/text-area";
import { ACCESS_NOTES_MAX, ADDRESS_MAX, DESCRIPTION_MAX, NAME_MAX, SITE_KINDS, SITE_KIND_LABELS } from "@/lib/territory/model";
import { CatalogForm } from "../../_components/catalog-forms";
import {
  createAreaAction,
  createBuildingAction,
  createEntranceAction,
  createSiteAction,
  updateAreaAction,
  updateBuildingAction,
  updateEntranceAction,
  updateSiteAction,
} from "../actions";
import { enumOptions } from "@/lib/format/options";

/**
 * The create-or-edit forms of the four levels (without an item they create, under the parent
 * given). Work without JavaScript: the map point then takes typed coordinates.
 */

type Versioned = { id: string; version: number };
type Option = { value: string; label: string };
type Form = Parameters<Parameters<typeof CatalogForm>[0]["children"]>[0];

const nameField = (form: Form, label: string, hint: string, id = "name") => (
  <TextField {...form.field("name")} id={id} label={label} hint={`${hint} ${NAME_MAX} caractères au plus.`} required maxLength={NAME_MAX} autoComplete="off" />
);
const addressField = (form: Form, hint: string) => (
  <TextField {...form.field("address")} label="Adresse" hint={hint} required maxLength={ADDRESS_MAX} autoComplete="off" />
);
const accessNotesField = (form: Form) => (
  <TextAreaField
    {...form.field("accessNotes")}
    label="Consignes d'accès (facultatif)"
    hint={`Pour les salariés qui interviennent : clés, badges, codes, gardien… Jamais affiché au public. ${ACCESS_NOTES_MAX} caractères au plus.`}
    rows={3}
    maxLength={ACCESS_NOTES_MAX}
  />
);
const pointField = (form: Form, map: MapPointConfig, words: MapPointWords) => (
  <MapPointPicker
    config={map}
    defaultLatitude={form.value("latitude")}
    defaultLongitude={form.value("longitude")}
    errors={[...(form.errors("latitude") ?? []), ...(form.errors("longitude") ?? [])]}
    words={words}
    manualFallback
  />
);

const hidden = (name: string, value: string) => <input type="hidden" name={name} value={value} />;

export function AreaForm({ area, cancelHref }: { area?: Versioned & { name: string; description: string | null }; cancelHref: string }) {
  return (
    <CatalogForm item={area} idField="areaId" actions={{ create: createAreaAction, update: updateAreaAction }} blank={{}} createLabel="Créer le secteur" cancelHref={cancelHref}>
      {(form) => (
        <>
          {nameField(form, "Nom du secteur", "Tel que les habitants le connaissent (« Centre », « Les Hauts »). Deux secteurs ne peuvent pas porter le même nom.")}
          <TextAreaField
            {...form.field("description")}
            label="Description (facultatif)"
            hint={`Ses limites, ses rues principales. ${DESCRIPTION_MAX} caractères au plus.`}
            rows={3}
            maxLength={DESCRIPTION_MAX}
          />
        </>
      )}
    </CatalogForm>
  );
}

type Site = Versioned & {
  name: string;
  kind: string;
  address: string;
  ownerPartnerId: string | null;
  accessNotes: string | null;
  latitude: number | null;
  longitude: number | null;
};

const SITE_WORDS: MapPointWords = {
  optionalTitle: "Point sur la carte (facultatif)",
  hint: "Le centre du site : il place ses signalements sur la carte et délimite le territoire où un point peut être posé.",
  mapLabel: "Carte : choisir le point du site",
};

export function SiteForm({ site, areaId, owners, map, cancelHref }: { site?: Site; areaId?: string; owners: Option[]; map: MapPointConfig; cancelHref: string }) {
  return (
    <CatalogForm item={site} idField="siteId" actions={{ create: createSiteAction, update: updateSiteAction }} blank={{ kind: "RESIDENCE" }} createLabel="Créer le site" cancelHref={cancelHref}>
      {(form) => (
        <>
          {areaId ? hidden("areaId", areaId) : null}
          {nameField(form, "Nom du site", "Le nom de la résidence, de la place ou de l'équipement. Unique dans son secteur.")}
          <SelectField {...form.field("kind")} label="Type de site" options={enumOptions(SITE_KIND_LABELS, SITE_KINDS)} required />
          {addressField(form, "Le numéro et la rue, tels qu'on les cherche sur un plan.")}
          <SelectField
            {...form.field("ownerPartnerId")}
            label="Propriétaire"
            hint="Le bailleur ou la collectivité à qui le site appartient : ses signalements lui sont transmis. Aucun pour un espace public de la ville."
            options={owners}
            emptyLabel="Aucun — espace public de la ville"
          />
          {accessNotesField(form)}
          {pointField(form, map, SITE_WORDS)}
        </>
      )}
    </CatalogForm>
  );
}

type Building = Versioned & { name: string; address: string; accessNotes: string | null; latitude: number | null; longitude: number | null };

const BUILDING_WORDS: MapPointWords = {
  optionalTitle: "Point sur la carte (facultatif)",
  hint: "L'emplacement du bâtiment, dans le territoire de la Régie.",
  mapLabel: "Carte : choisir le point du bâtiment",
};

export function BuildingForm({ building, siteId, map, cancelHref }: { building?: Building; siteId?: string; map: MapPointConfig; cancelHref: string }) {
  return (
    <CatalogForm item={building} idField="buildingId" actions={{ create: createBuildingAction, update: updateBuildingAction }} blank={{}} createLabel="Créer le bâtiment" cancelHref={cancelHref}>
      {(form) => (
        <>
          {siteId ? hidden("siteId", siteId) : null}
          {nameField(form, "Nom du bâtiment", "« Bâtiment A », « Tour Chopin »… Unique dans son site.")}
          {addressField(form, "L'adresse du bâtiment : les habitants la voient dans la liste des lieux.")}
          {accessNotesField(form)}
          {pointField(form, map, BUILDING_WORDS)}
        </>
      )}
    </CatalogForm>
  );
}

/** On its building's page the new entrance's field gets its own id (the building's form has a "name" too). */
export function EntranceForm({ entrance, buildingId, cancelHref }: { entrance?: Versioned & { name: string }; buildingId?: string; cancelHref: string }) {
  return (
    <CatalogForm item={entrance} idField="entranceId" actions={{ create: createEntranceAction, update: updateEntranceAction }} blank={{}} createLabel="Ajouter l'entrée" cancelHref={cancelHref}>
      {(form) => (
        <>
          {buildingId ? hidden("buildingId", buildingId) : null}
          {nameField(form, "Nom de l'entrée", "« Entrée A », « N° 12 »… Unique dans son bâtiment.", buildingId ? "nouvelle-entree" : "name")}
        </>
      )}
    </CatalogForm>
  );
}
