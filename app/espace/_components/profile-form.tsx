"use client";

import { updateProfileAction } from "@/app/espace/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

type Profile = { name: string; phone: string | null; entranceId: string | null };

export function ProfileForm({ profile, entrances }: { profile: Profile; entrances: { id: string; label: string }[] }) {
  const { state, formAction, field } = useActionForm(updateProfileAction, profile);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField label="Nom et prénom" autoComplete="name" required maxLength={100} {...field("name")} />
      <TextField label="Téléphone (facultatif)" type="tel" autoComplete="tel" maxLength={20} {...field("phone")} />
      <SelectField
        label="Votre entrée d'immeuble (facultatif)"
        emptyLabel="Je ne précise pas"
        options={entrances.map((e) => ({ value: e.id, label: e.label }))}
        {...field("entranceId")}
      />
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer</SubmitButton>
    </form>
  );
}
