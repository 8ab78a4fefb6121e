"use client";

import { grantRoleAction } from "@/app/admin/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";

type Option = { value: string; label: string };

export function GrantRoleForm({
  userId,
  roleOptions,
  partnerOptions,
  minDate,
}: {
  userId: string;
  roleOptions: Option[];
  partnerOptions: Option[];
  /** The earliest end date the service accepts (today, Paris time), as YYYY-MM-DD. */
  minDate: string;
}) {
  const { state, formAction, field } = useActionForm(grantRoleAction);

  return (
    <form action={formAction} className="space-y-4 rounded-md border border-slate-300 bg-white p-4">
      <input type="hidden" name="userId" value={userId} />
      <FormStatus state={state} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField id="grant-role" label="Rôle" options={roleOptions} emptyLabel="Choisir un rôle" required {...field("role")} />
        <SelectField
          id="grant-partner"
          label="Partenaire"
          hint="Obligatoire pour le rôle Partenaire, à laisser vide pour les autres rôles."
          options={partnerOptions}
          emptyLabel="Aucun"
          {...field("partnerId")}
        />
        <TextField
          id="grant-valid-until"
          type="date"
          label="Date de fin (facultative)"
          hint="Laissez vide pour un rôle sans date de fin."
          min={minDate}
          {...field("validUntil")}
        />
      </div>
      <SubmitButton pendingLabel="Attribution…">Attribuer le rôle</SubmitButton>
    </form>
  );
}
