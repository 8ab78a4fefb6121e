"use client";

import { useActionState } from "react";
import { updateProfileAction } from "@/app/espace/actions";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus, fieldErrors, previousValue } from "@/components/ui/form-status";

type Profile = { name: string; phone: string | null; entranceId: string | null };

export function ProfileForm({ profile, entrances }: { profile: Profile; entrances: { id: string; label: string }[] }) {
  const [state, formAction] = useActionState(updateProfileAction, undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField name="name" label="Nom et prénom" autoComplete="name" required maxLength={100} defaultValue={previousValue(state, "name") ?? profile.name} errors={fieldErrors(state, "name")} />
      <TextField name="phone" label="Téléphone (facultatif)" type="tel" autoComplete="tel" maxLength={20} defaultValue={previousValue(state, "phone") ?? profile.phone ?? ""} errors={fieldErrors(state, "phone")} />
      <SelectField
        name="entranceId"
        label="Votre entrée d'immeuble (facultatif)"
        emptyLabel="Je ne précise pas"
        options={entrances.map((e) => ({ value: e.id, label: e.label }))}
        defaultValue={previousValue(state, "entranceId") ?? profile.entranceId ?? ""}
        errors={fieldErrors(state, "entranceId")}
      />
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer</SubmitButton>
    </form>
  );
}
