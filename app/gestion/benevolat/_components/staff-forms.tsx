"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";
import {
  cancelVolunteerMissionAction,
  createVolunteerActivityAction,
  createVolunteerMissionAction,
  enterVolunteerHoursAction,
  refuseVolunteerHoursAction,
  updateVolunteerActivityAction,
  updateVolunteerMissionAction,
} from "@/app/gestion/benevolat/actions";
import { CatalogForm } from "../../_components/catalog-forms";
import { ACTIVITY_NAME_MAX, HOURS_NOTE_MAX, MISSION_DESCRIPTION_MAX, MISSION_PLACE_MAX, MISSION_TITLE_MAX, REASON_MAX } from "@/lib/volunteering/model";

/** Staff's volunteering forms; they work without JavaScript, errors beside their fields. */

type Option = { value: string; label: string };

export type MissionFormValues = {
  id: string;
  version: number;
  title: string;
  description: string;
  activityId: string;
  day: string;
  startTime: string;
  endTime: string;
  place: string;
  places: string;
};

const missionActions = { create: createVolunteerMissionAction, update: updateVolunteerMissionAction };

export function MissionForm({ mission, activities, cancelHref }: { mission?: MissionFormValues; activities: Option[]; cancelHref: string }) {
  return (
    <CatalogForm item={mission} idField="missionId" actions={missionActions} blank={{ places: "1" }} createLabel="Publier la mission" cancelHref={cancelHref}>
      {(form) => (
        <>
          <TextField {...form.field("title")} label="Titre" required maxLength={MISSION_TITLE_MAX} />
          <TextAreaField {...form.field("description")} label="Description (facultative)" rows={3} maxLength={MISSION_DESCRIPTION_MAX} />
          <SelectField {...form.field("activityId")} label="Activité" hint="Elle donne la valeur des heures dans le bilan." required emptyLabel="Choisir une activité" options={activities} />
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField {...form.field("day")} type="date" label="Jour" required />
            <TextField {...form.field("startTime")} type="time" label="Début" hint="Heure de Paris." required />
            <TextField {...form.field("endTime")} type="time" label="Fin" required />
          </div>
          <TextField {...form.field("place")} label="Lieu" required maxLength={MISSION_PLACE_MAX} />
          <TextField {...form.field("places")} type="number" min={1} inputMode="numeric" label="Nombre de places" hint="Au-delà, les bénévoles vont sur la liste d'attente." required />
        </>
      )}
    </CatalogForm>
  );
}

export function CancelMissionForm({ missionId, version }: { missionId: string; version: number }) {
  const form = useActionForm(cancelVolunteerMissionAction);
  return (
    <form action={form.formAction} className="space-y-4" noValidate aria-label="Annuler la mission">
      <FormStatus state={form.state} />
      <input type="hidden" name="missionId" value={missionId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField {...form.field("reason")} label="Raison de l'annulation" hint="Elle est écrite aux bénévoles inscrits et en attente." rows={2} required maxLength={REASON_MAX} />
      <CheckboxField name="confirm" id="annulation-confirmation" label="Je confirme annuler cette mission et prévenir les bénévoles." required errors={form.errors("confirm")} />
      <SubmitButton variant="danger" pendingLabel="Annulation…">
        Annuler la mission
      </SubmitButton>
    </form>
  );
}

export function RefuseHoursForm({ hoursId, version }: { hoursId: string; version: number }) {
  const form = useActionForm(refuseVolunteerHoursAction);
  return (
    <form action={form.formAction} className="space-y-2" noValidate aria-label="Refuser ces heures">
      <FormStatus state={form.state} />
      <input type="hidden" name="hoursId" value={hoursId} />
      <input type="hidden" name="version" value={version} />
      <TextField {...form.field("reason")} id={`raison-${hoursId}`} label="Raison du refus" required maxLength={REASON_MAX} />
      <SubmitButton variant="secondary" pendingLabel="En cours…">
        Refuser
      </SubmitButton>
    </form>
  );
}

export function StaffHoursForm({ volunteers, activities, today }: { volunteers: Option[]; activities: Option[]; today: string }) {
  const form = useActionForm(enterVolunteerHoursAction, { day: today });
  return (
    <form action={form.formAction} className="space-y-4" noValidate>
      <FormStatus state={form.state} />
      <SelectField {...form.field("userId")} label="Bénévole" required emptyLabel="Choisir un·e bénévole" options={volunteers} />
      <TextField {...form.field("day")} type="date" label="Jour" max={today} required />
      <fieldset className="space-y-1">
        <legend className="font-medium text-slate-900">Durée</legend>
        <div className="grid max-w-xs grid-cols-2 gap-3">
          <TextField {...form.field("hours")} label="Heures" type="number" min={0} max={24} inputMode="numeric" />
          <TextField {...form.field("minutes")} label="Minutes" type="number" min={0} max={59} inputMode="numeric" />
        </div>
      </fieldset>
      <SelectField {...form.field("activityId")} label="Activité" required emptyLabel="Choisir une activité" options={activities} />
      <TextAreaField {...form.field("note")} label="Note (facultative)" rows={2} maxLength={HOURS_NOTE_MAX} />
      <SubmitButton pendingLabel="Envoi…">Enregistrer ces heures</SubmitButton>
    </form>
  );
}

/** Creates an activity, or edits one (`activity`); the hourly value is typed the French way ("12,50"). */
export function ActivityForm({ activity }: { activity?: { id: string; name: string; hourlyRate: string } }) {
  const form = useActionForm(activity ? updateVolunteerActivityAction : createVolunteerActivityAction, activity ?? {});
  const prefix = activity ? `a-${activity.id}-` : "a-";
  return (
    <form action={form.formAction} className="grid items-end gap-3 sm:grid-cols-[2fr_1fr_auto]" noValidate aria-label={activity ? `Modifier ${activity.name}` : "Nouvelle activité"}>
      <div className="sm:col-span-3">
        <FormStatus state={form.state} />
      </div>
      {activity ? <input type="hidden" name="activityId" value={activity.id} /> : null}
      <TextField {...form.field("name")} id={`${prefix}name`} label="Nom" required maxLength={ACTIVITY_NAME_MAX} />
      <TextField {...form.field("hourlyRate")} id={`${prefix}rate`} label="Valeur d'une heure (€)" hint="Par exemple 12,50." inputMode="decimal" required />
      <SubmitButton pendingLabel="Enregistrement…">{activity ? "Enregistrer" : "Ajouter"}</SubmitButton>
    </form>
  );
}
