"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";
import { correctOwnHoursAction, enterOwnHoursAction, saveVolunteerProfileAction } from "@/app/espace/benevolat/actions";
import { AVAILABILITY_MAX, HOURS_NOTE_MAX, VOLUNTEER_SKILLS } from "@/lib/volunteering/model";

/** The volunteer's forms in Mon espace: the profile and the hours. They work without JavaScript. */

type Option = { value: string; label: string };

export function ProfileForm({ profile }: { profile: { skills: string[]; availability: string | null } | null }) {
  const listed = new Set<string>(VOLUNTEER_SKILLS);
  const form = useActionForm(saveVolunteerProfileAction, {
    otherSkills: (profile?.skills ?? []).filter((s) => !listed.has(s)).join(", "),
    availability: profile?.availability ?? "",
  });
  const refused = form.state && !form.state.ok;
  const ticked = new Set(profile?.skills ?? []);
  return (
    <form action={form.formAction} className="space-y-5" noValidate>
      <FormStatus state={form.state} />
      <fieldset className="space-y-2" aria-describedby={form.errors("skills") ? "skills-error" : undefined}>
        <legend className="font-medium text-slate-900">Ce que vous aimez faire ou savez faire</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {VOLUNTEER_SKILLS.map((skill, i) => (
            // After a refusal the boxes start unticked: the form cannot tell which were sent.
            <CheckboxField key={skill} id={`skill-${i}`} name="skills" value={skill} label={skill} defaultChecked={!refused && ticked.has(skill)} />
          ))}
        </div>
        {form.errors("skills") ? (
          <p id="skills-error" className="text-sm font-medium text-red-800">
            {form.errors("skills")?.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <TextField {...form.field("otherSkills")} label="Autres compétences (facultatif)" hint="Séparées par des virgules, par exemple : couture, peinture." />
      <TextAreaField
        {...form.field("availability")}
        label="Vos disponibilités (facultatif)"
        hint="Avec vos mots, par exemple : le samedi matin, en semaine après 17 h."
        rows={2}
        maxLength={AVAILABILITY_MAX}
      />
      <SubmitButton pendingLabel="Enregistrement…">{profile ? "Enregistrer mon profil" : "Devenir bénévole"}</SubmitButton>
    </form>
  );
}

export type HoursFormValues = { id: string; version: number; day: string; hours: string; minutes: string; activityId: string; missionId: string; note: string };

/** Enters hours, or corrects submitted ones (`entry`) at their version. */
export function HoursForm({ entry, activities, missions, today }: { entry?: HoursFormValues; activities: Option[]; missions: Option[]; today: string }) {
  const form = useActionForm(entry ? correctOwnHoursAction : enterOwnHoursAction, entry ?? { day: today, hours: "", minutes: "" });
  const prefix = entry ? `h-${entry.id}-` : "h-";
  return (
    <form action={form.formAction} className="space-y-4" noValidate>
      <FormStatus state={form.state} />
      {entry ? (
        <>
          <input type="hidden" name="hoursId" value={entry.id} />
          <input type="hidden" name="version" value={entry.version} />
        </>
      ) : null}
      <TextField {...form.field("day")} id={`${prefix}day`} type="date" label="Jour" max={today} required />
      <fieldset className="space-y-1">
        <legend className="font-medium text-slate-900">Durée</legend>
        <div className="grid max-w-xs grid-cols-2 gap-3">
          <TextField {...form.field("hours")} id={`${prefix}hours`} label="Heures" inputMode="numeric" type="number" min={0} max={24} />
          <TextField {...form.field("minutes")} id={`${prefix}minutes`} label="Minutes" inputMode="numeric" type="number" min={0} max={59} />
        </div>
      </fieldset>
      <SelectField {...form.field("activityId")} id={`${prefix}activityId`} label="Activité" required emptyLabel="Choisir une activité" options={activities} />
      <SelectField
        {...form.field("missionId")}
        id={`${prefix}missionId`}
        label="Mission (facultatif)"
        hint="Une mission où vous étiez inscrit·e."
        emptyLabel="Aucune"
        options={missions}
      />
      <TextAreaField {...form.field("note")} id={`${prefix}note`} label="Note (facultative)" rows={2} maxLength={HOURS_NOTE_MAX} />
      <SubmitButton pendingLabel="Envoi…">{entry ? "Enregistrer la correction" : "Déclarer ces heures"}</SubmitButton>
    </form>
  );
}
