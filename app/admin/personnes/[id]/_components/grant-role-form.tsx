"use client";

import { useActionState } from "react";
import { grantRoleAction } from "@/app/admin/actions";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus, fieldErrors, previousValue } from "@/components/ui/form-status";

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
  const [state, formAction] = useActionState(grantRoleAction, undefined);
  const previousRole = previousValue(state, "role") ?? "";
  const previousPartner = previousValue(state, "partnerId") ?? "";

  return (
    <form action={formAction} className="space-y-4 rounded-md border border-slate-300 bg-white p-4">
      <input type="hidden" name="userId" value={userId} />
      <FormStatus state={state} />
      <div className="grid gap-4 sm:grid-cols-3">
        {/* React applies a select's defaultValue only when it mounts: the key remounts it with the
            value that was sent, which the form reset after the action then restores. */}
        <SelectField
          key={`role-${previousRole}`}
          id="grant-role"
          name="role"
          label="Rôle"
          options={roleOptions}
          emptyLabel="Choisir un rôle"
          required
          defaultValue={previousRole}
          errors={fieldErrors(state, "role")}
        />
        <SelectField
          key={`partner-${previousPartner}`}
          id="grant-partner"
          name="partnerId"
          label="Partenaire"
          hint="Obligatoire pour le rôle Partenaire, à laisser vide pour les autres rôles."
          options={partnerOptions}
          emptyLabel="Aucun"
          defaultValue={previousPartner}
          errors={fieldErrors(state, "partnerId")}
        />
        <TextField
          id="grant-valid-until"
          name="validUntil"
          type="date"
          label="Date de fin (facultative)"
          hint="Laissez vide pour un rôle sans date de fin."
          min={minDate}
          defaultValue={previousValue(state, "validUntil") ?? ""}
          errors={fieldErrors(state, "validUntil")}
        />
      </div>
      <SubmitButton pendingLabel="Attribution…">Attribuer le rôle</SubmitButton>
    </form>
  );
}
