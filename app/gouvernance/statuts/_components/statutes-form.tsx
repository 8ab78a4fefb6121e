"use client";

import { createStatutesVersionAction } from "@/app/gouvernance/statuts/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";
import { STATUTES_NOTE_MAX } from "@/lib/governance/statutes-rules";

export type StatutesFormValues = Record<string, string | number | boolean | null>;

const number = { inputMode: "numeric" as const, required: true, autoComplete: "off" };

/** A new version of the statutes' settings (the admin's), prefilled with the one in force. */
export function StatutesForm({ initial }: { initial: StatutesFormValues }) {
  const form = useActionForm(createStatutesVersionAction, initial);
  return (
    <form action={form.formAction} className="space-y-5" noValidate>
      <FormStatus state={form.state} />
      <TextField {...form.field("effectiveFrom")} type="date" label="En vigueur à partir du" hint="Pas avant la dernière version : l'historique ne se réécrit pas." required />
      <fieldset className="space-y-4">
        <legend className="font-semibold">Sièges au conseil d’administration</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...form.field("boardSeatsResidents")} label="Collège des habitants" {...number} />
          <TextField {...form.field("boardSeatsLocalAuthorities")} label="Collège des collectivités locales" {...number} />
          <TextField {...form.field("boardSeatsSocialLandlords")} label="Collège des bailleurs sociaux" {...number} />
          <TextField {...form.field("boardSeatsSocioEconomic")} label="Collège des partenaires socio-économiques" {...number} />
        </div>
        <TextField {...form.field("residentsMinSharePercent")} label="Part minimale des habitants, en % des sièges" hint="Les sièges des habitants doivent au moins atteindre cette part." {...number} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="font-semibold">Quorum, en % des membres présents ou représentés</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField {...form.field("quorumAssemblyPercent")} label="Assemblée générale" {...number} />
          <TextField {...form.field("quorumBoardPercent")} label="Conseil d'administration" {...number} />
          <TextField {...form.field("quorumOtherPercent")} label="Autres instances" {...number} />
        </div>
        <CheckboxField {...form.checkbox("proxiesCountForQuorum")} label="Les pouvoirs comptent pour le quorum" />
        <TextField {...form.field("proxiesPerPerson")} label="Pouvoirs qu'une personne peut détenir par réunion" {...number} />
      </fieldset>
      <CheckboxField {...form.checkbox("flagEmployeeMandates")} label="Signaler les mandats tenus par des salariés de la Régie" hint="Les statuts limitent la place des salariés dans les instances." />
      <TextAreaField {...form.field("note")} label="Note (facultative)" hint="Par exemple la décision de l'assemblée qui a modifié les statuts." rows={3} maxLength={STATUTES_NOTE_MAX} />
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer la nouvelle version</SubmitButton>
    </form>
  );
}
