"use client";

import { recordPaperMembershipAction } from "@/app/gestion/adherents/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { enumOptions } from "@/lib/format/options";
import { COLLEGES, COLLEGE_LABELS, PAYMENT_METHODS, PAYMENT_METHOD_LABELS } from "@/lib/membership/model";
import { MemberFields } from "./member-forms";

/**
 * A paper form: for the member chosen (`member`), or a new one (its fields); the year and college,
 * whose fee the table gives (shown beside); the payment if it was made on the spot.
 */
export function PaperMembershipForm({
  member,
  partners,
  year,
  years,
}: {
  member: { id: string; name: string } | null;
  partners: { id: string; name: string }[];
  year: number;
  years: number[];
}) {
  const form = useActionForm(recordPaperMembershipAction, { kind: "PERSON", year, college: "RESIDENTS", method: "CASH" });
  return (
    <form action={form.formAction} className="space-y-5" noValidate>
      <FormStatus state={form.state} />
      {member ? (
        <>
          <input type="hidden" name="memberId" value={member.id} />
          <p>
            Adhérent : <strong>{member.name}</strong>
          </p>
        </>
      ) : (
        <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold">Nouvel adhérent</legend>
          <MemberFields form={form} partners={partners} />
        </fieldset>
      )}
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Adhésion</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField {...form.field("year")} label="Année" options={years.map((y) => ({ value: String(y), label: String(y) }))} />
          <SelectField {...form.field("college")} label="Collège" hint="La cotisation est celle du barème de l'année pour ce collège." options={enumOptions(COLLEGE_LABELS, COLLEGES)} />
        </div>
      </fieldset>
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Paiement</legend>
        <CheckboxField {...form.checkbox("paidNow")} label={`Réglée sur place (le reçu est établi aussitôt, au montant du barème)`} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField {...form.field("method")} label="Moyen de paiement" options={enumOptions(PAYMENT_METHOD_LABELS, PAYMENT_METHODS)} />
          <TextField {...form.field("paidOn")} type="date" label="Payé le" />
        </div>
      </fieldset>
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer le bulletin</SubmitButton>
    </form>
  );
}
