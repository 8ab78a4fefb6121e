"use client";

import { createMeetingAction, updateMeetingAction } from "@/app/gouvernance/reunions/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { TextAreaField } from "@/components/ui/text-area";
import { AGENDA_MAX, PLACE_MAX } from "@/lib/governance/meetings/moves";
import { CatalogForm } from "@/app/gestion/_components/catalog-forms";

/** What the edit form starts from: the start and end as the datetime-local fields show them (Paris). */
export type MeetingFormValues = { id: string; version: number; bodyId: string; startsAt: string; endsAt: string; place: string; agenda: string };

const actions = { create: createMeetingAction, update: updateMeetingAction };

/** Plans a meeting, or edits one still in preparation. */
export function MeetingForm({ meeting, bodies, cancelHref }: { meeting?: MeetingFormValues; bodies: { id: string; name: string }[]; cancelHref: string }) {
  return (
    <CatalogForm item={meeting} idField="meetingId" actions={actions} blank={{}} createLabel="Créer la réunion" cancelHref={cancelHref}>
      {(form) => (
        <>
          <SelectField {...form.field("bodyId")} label="Instance" required emptyLabel="Choisir une instance" options={bodies.map((b) => ({ value: b.id, label: b.name }))} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField {...form.field("startsAt")} type="datetime-local" label="Début (heure de Paris)" required />
            <TextField {...form.field("endsAt")} type="datetime-local" label="Fin (facultative)" />
          </div>
          <TextField {...form.field("place")} label="Lieu" hint="Par exemple : Salle polyvalente, 12 rue des Lilas." required maxLength={PLACE_MAX} />
          <TextAreaField {...form.field("agenda")} label="Ordre du jour" hint="Un point par ligne." rows={6} required maxLength={AGENDA_MAX} />
        </>
      )}
    </CatalogForm>
  );
}
