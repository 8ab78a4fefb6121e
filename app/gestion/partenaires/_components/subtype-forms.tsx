"use client";

import { createPartnerSubtypeAction, renamePartnerSubtypeAction } from "../actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { PARTNER_KIND_LABELS, PARTNER_KINDS, SUBTYPE_NAME_MAX } from "@/lib/partners/model";
import { enumOptions } from "@/lib/format/options";

const KIND_OPTIONS = enumOptions(PARTNER_KIND_LABELS, PARTNER_KINDS);

/** A new sub-type, offered at once on the partner forms. */
export function NewSubtypeForm() {
  const form = useActionForm(createPartnerSubtypeAction);
  return (
    <form action={form.formAction} className="grid gap-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end" noValidate>
      <div className="sm:col-span-3">
        <FormStatus state={form.state} />
      </div>
      <TextField {...form.field("name")} id="nouvelle-precision" label="Nom de la précision" required maxLength={SUBTYPE_NAME_MAX} autoComplete="off" />
      <SelectField {...form.field("kind")} id="nouvelle-precision-type" label="Type habituel (facultatif)" options={KIND_OPTIONS} emptyLabel="Tous types" />
      <SubmitButton pendingLabel="Ajout…">Ajouter</SubmitButton>
    </form>
  );
}

/** Renames one sub-type, in its row. */
export function RenameSubtypeForm({ subtype }: { subtype: { id: string; name: string } }) {
  const form = useActionForm(renamePartnerSubtypeAction, { name: subtype.name });
  const id = `renommer-${subtype.id}`;
  return (
    <form action={form.formAction} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="subtypeId" value={subtype.id} />
      <div className="min-w-48 flex-1">
        <TextField {...form.field("name")} id={id} label={`Nouveau nom de « ${subtype.name} »`} required maxLength={SUBTYPE_NAME_MAX} autoComplete="off" />
      </div>
      <SubmitButton variant="secondary" pendingLabel="Enregistrement…">
        Renommer<span className="sr-only"> « {subtype.name} »</span>
      </SubmitButton>
      {form.state && !form.state.ok && !form.errors("name") ? (
        <p role="alert" className="w-full text-sm font-medium text-red-800">
          {form.state.formError}
        </p>
      ) : null}
    </form>
  );
}
