"use client";

import Link from "next/link";
import { createPartnerAction, updatePartnerAction } from "../actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { buttonClass } from "@/components/ui/styles";
import { TextAreaField } from "@/components/ui/text-area";
import { PARTNER_ADDRESS_MAX, PARTNER_DESCRIPTION_MAX, PARTNER_KIND_LABELS, PARTNER_KINDS, PARTNER_NAME_MAX, PHONE_MAX, URL_MAX } from "@/lib/partners/model";
import { enumOptions } from "@/lib/format/options";

type Partner = {
  id: string;
  version: number;
  name: string;
  kind: string;
  subtypeId: string | null;
  description: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
};

const KIND_OPTIONS = enumOptions(PARTNER_KIND_LABELS, PARTNER_KINDS);

/** Creates a partner (no `partner`) or edits one at the version it was loaded. */
export function PartnerForm({ partner, subtypes, cancelHref }: { partner?: Partner; subtypes: { id: string; name: string; active: boolean }[]; cancelHref: string }) {
  const form = useActionForm(partner ? updatePartnerAction : createPartnerAction, partner ?? {});
  const subtypeOptions = subtypes.map((s) => ({ value: s.id, label: s.active ? s.name : `${s.name} (plus proposée)` }));
  return (
    <form action={form.formAction} className="space-y-5" noValidate>
      <FormStatus state={form.state} />
      {partner ? (
        <>
          <input type="hidden" name="partnerId" value={partner.id} />
          <input type="hidden" name="version" value={String(partner.version)} />
        </>
      ) : null}
      <TextField {...form.field("name")} label="Nom" hint="Deux partenaires ne peuvent pas porter le même nom." required maxLength={PARTNER_NAME_MAX} autoComplete="off" />
      <SelectField {...form.field("kind")} label="Type" options={KIND_OPTIONS} emptyLabel="Choisir un type" required />
      <SelectField
        {...form.field("subtypeId")}
        label="Précision (facultatif)"
        hint="Commune, PLIE, Mission locale… La liste se complète sur la page « Précisions »."
        options={subtypeOptions}
        emptyLabel="Aucune précision"
      />
      <TextAreaField {...form.field("description")} label="Présentation (facultatif)" hint="Affichée sur la page d'accueil publique." rows={3} maxLength={PARTNER_DESCRIPTION_MAX} />
      <TextField {...form.field("website")} label="Site web (facultatif)" type="url" inputMode="url" placeholder="https://" maxLength={URL_MAX} autoComplete="url" />
      <TextField {...form.field("email")} label="Adresse e-mail générale (facultatif)" type="email" autoComplete="off" />
      <TextField {...form.field("phone")} label="Téléphone (facultatif)" type="tel" maxLength={PHONE_MAX} autoComplete="off" />
      <TextAreaField {...form.field("address")} label="Adresse postale (facultatif)" rows={2} maxLength={PARTNER_ADDRESS_MAX} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Enregistrement…">{partner ? "Enregistrer les modifications" : "Créer le partenaire"}</SubmitButton>
        <Link href={cancelHref} className={buttonClass("secondary")}>
          Annuler
        </Link>
      </div>
    </form>
  );
}
