"use client";

import { recordMembershipPaymentAction, updateMemberAction } from "@/app/gestion/adherents/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { enumOptions } from "@/lib/format/options";
import { MEMBER_KINDS, MEMBER_KIND_LABELS, MEMBER_NAME_MAX, MEMBER_TEXT_MAX, PAYMENT_METHODS, PAYMENT_METHOD_LABELS } from "@/lib/membership/model";

/** A member's details as the edit form shows them. */
export type MemberFormValues = {
  memberId: string;
  kind: string;
  name: string;
  partnerId: string;
  representativeName: string;
  email: string;
  phone: string;
  address: string;
};

/** The member's details: a person, or an organisation (a partner of the list, with its representative). */
export function MemberForm({ member, partners }: { member: MemberFormValues; partners: { id: string; name: string }[] }) {
  const form = useActionForm(updateMemberAction, member);
  return (
    <form action={form.formAction} className="space-y-4" noValidate>
      <FormStatus state={form.state} />
      <input type="hidden" name="memberId" value={member.memberId} />
      <MemberFields form={form} partners={partners} />
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer la fiche</SubmitButton>
    </form>
  );
}

type FieldsOf = Pick<ReturnType<typeof useActionForm>, "field">;

/** The member's fields, shared by the edit form and the paper form's "new member". */
export function MemberFields({ form, partners, idPrefix = "" }: { form: FieldsOf; partners: { id: string; name: string }[]; idPrefix?: string }) {
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <>
      <SelectField {...form.field("kind")} id={id("kind")} label="Personne ou organisation" options={enumOptions(MEMBER_KIND_LABELS, MEMBER_KINDS)} />
      <TextField {...form.field("name")} id={id("name")} label="Nom" hint="Prénom et nom d'une personne, ou nom de l'organisation." maxLength={MEMBER_NAME_MAX} autoComplete="off" />
      <SelectField
        {...form.field("partnerId")}
        id={id("partnerId")}
        label="Partenaire (organisation seulement)"
        hint="Une organisation adhère le plus souvent comme un partenaire de la liste."
        emptyLabel="Aucun (personne)"
        options={partners.map((p) => ({ value: p.id, label: p.name }))}
      />
      <TextField {...form.field("representativeName")} id={id("representativeName")} label="Représentant (organisation seulement)" hint="La personne qui représente l'organisation." maxLength={MEMBER_NAME_MAX} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...form.field("email")} id={id("email")} type="email" label="Courriel (facultatif)" maxLength={MEMBER_TEXT_MAX} autoComplete="off" />
        <TextField {...form.field("phone")} id={id("phone")} type="tel" label="Téléphone (facultatif)" maxLength={40} autoComplete="off" />
      </div>
      <TextField {...form.field("address")} id={id("address")} label="Adresse (facultative)" maxLength={MEMBER_TEXT_MAX} autoComplete="off" />
    </>
  );
}

/** Recording a pending membership's payment: the amount (the fee by default), method and day. */
export function PaymentForm({ membershipId, version, amount, today }: { membershipId: string; version: number; amount: string; today: string }) {
  const form = useActionForm(recordMembershipPaymentAction, { amount, paidOn: today, method: "CASH" });
  const id = (name: string) => `${name}-${membershipId}`;
  return (
    <form action={form.formAction} className="space-y-3" noValidate>
      <FormStatus state={form.state} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField {...form.field("amount")} id={id("amount")} label="Montant reçu (€)" inputMode="decimal" autoComplete="off" />
        <SelectField {...form.field("method")} id={id("method")} label="Moyen de paiement" options={enumOptions(PAYMENT_METHOD_LABELS, PAYMENT_METHODS)} />
        <TextField {...form.field("paidOn")} id={id("paidOn")} type="date" label="Payé le" />
      </div>
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer le paiement et établir le reçu</SubmitButton>
    </form>
  );
}
