"use client";

import { copyMembershipFeesAction, setMembershipFeeAction } from "@/app/gestion/adherents/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { enumOptions } from "@/lib/format/options";
import { COLLEGES, COLLEGE_LABELS } from "@/lib/membership/model";

const yearOptions = (years: number[]) => years.map((y) => ({ value: String(y), label: String(y) }));

/** A year's fee for a college, made or changed (memberships already made keep theirs). */
export function FeeForm({ years, year }: { years: number[]; year: number }) {
  const form = useActionForm(setMembershipFeeAction, { year, college: "RESIDENTS" });
  return (
    <form action={form.formAction} className="space-y-4" noValidate>
      <FormStatus state={form.state} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField {...form.field("year")} id="fee-year" label="Année" options={yearOptions(years)} />
        <SelectField {...form.field("college")} label="Collège" options={enumOptions(COLLEGE_LABELS, COLLEGES)} />
        <TextField {...form.field("amount")} label="Cotisation (€)" hint="Par exemple 10 ou 12,50." inputMode="decimal" autoComplete="off" />
      </div>
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer la cotisation</SubmitButton>
    </form>
  );
}

/** Copies the previous year's fees to a year, for its colleges that have none. */
export function CopyFeesForm({ years, year }: { years: number[]; year: number }) {
  const form = useActionForm(copyMembershipFeesAction, { year });
  return (
    <form action={form.formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <FormStatus state={form.state} />
      <SelectField {...form.field("year")} id="copy-year" label="Année à remplir" hint="Reprend les montants de l'année précédente pour les collèges qui n'en ont pas." options={yearOptions(years)} />
      <SubmitButton variant="secondary" pendingLabel="Copie…">
        Recopier l&apos;année précédente
      </SubmitButton>
    </form>
  );
}
