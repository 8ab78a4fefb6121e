"use client";

import { createContractAction, updateContractAction } from "@/app/gestion/contrats/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { TextAreaField } from "@/components/ui/text-area";
import { CONTRACT_KINDS, CONTRACT_KIND_LABELS, CONTRACT_NOTE_MAX, CONTRACT_OBJECT_MAX, CONTRACT_REFERENCE_MAX } from "@/lib/contracts/model";
import { CatalogForm } from "../../_components/catalog-forms";
import { enumOptions } from "@/lib/format/options";

/** What the edit form starts from: the contract's terms as the fields show them (dates "YYYY-MM-DD", amount "12500,50"). */
export type ContractFormValues = {
  id: string;
  version: number;
  reference: string;
  partnerId: string;
  object: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  amount: string;
  internalNote: string;
};

const actions = { create: createContractAction, update: updateContractAction };
const KIND_OPTIONS = enumOptions(CONTRACT_KIND_LABELS, CONTRACT_KINDS);

/** Creates a contract (a draft) or edits one's terms at the version it was loaded. */
export function ContractForm({ contract, partners, cancelHref }: { contract?: ContractFormValues; partners: { id: string; name: string }[]; cancelHref: string }) {
  return (
    <CatalogForm item={contract} idField="contractId" actions={actions} blank={{ kind: "PUBLIC_PROCUREMENT" }} createLabel="Créer le contrat (brouillon)" cancelHref={cancelHref}>
      {(form) => (
        <>
          <TextField
            {...form.field("reference")}
            label="Référence"
            hint={`Celle du marché ou de la convention, par exemple M2026-014. Unique, ${CONTRACT_REFERENCE_MAX} caractères au plus.`}
            required
            maxLength={CONTRACT_REFERENCE_MAX}
            autoComplete="off"
          />
          <SelectField
            {...form.field("partnerId")}
            label="Partenaire"
            hint="Seuls les partenaires non archivés sont proposés."
            required
            emptyLabel="Choisir un partenaire"
            options={partners.map((p) => ({ value: p.id, label: p.name }))}
          />
          <TextAreaField {...form.field("object")} label="Objet" hint="Ce que la Régie fait pour le partenaire." rows={2} required maxLength={CONTRACT_OBJECT_MAX} />
          <SelectField {...form.field("kind")} label="Type de contrat" required options={KIND_OPTIONS} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField {...form.field("startsOn")} type="date" label="Début" required />
            <TextField {...form.field("endsOn")} type="date" label="Fin" hint="Le dernier jour du contrat." required />
          </div>
          <TextField
            {...form.field("amount")}
            label="Montant total HT, en euros (facultatif)"
            hint="Par exemple 12 500,50."
            inputMode="decimal"
            autoComplete="off"
          />
          <TextAreaField
            {...form.field("internalNote")}
            label="Note interne (facultative)"
            hint="Pour l'équipe de la Régie seulement : jamais montrée au partenaire."
            rows={3}
            maxLength={CONTRACT_NOTE_MAX}
          />
        </>
      )}
    </CatalogForm>
  );
}
