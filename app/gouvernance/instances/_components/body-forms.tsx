"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { createGovernanceBodyAction, createMandateAction, endMandateAction, updateGovernanceBodyAction, updateMandateAction } from "@/app/gouvernance/instances/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { HiddenFields } from "@/components/ui/action-forms";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { buttonClass } from "@/components/ui/styles";
import { TextAreaField } from "@/components/ui/text-area";
import { enumOptions } from "@/lib/format/options";
import { BODY_KINDS, BODY_KIND_LABELS, MANDATE_POSITIONS, MANDATE_POSITION_LABELS } from "@/lib/governance/model";
import { BODY_DESCRIPTION_MAX, BODY_NAME_MAX } from "@/lib/governance/schemas";
import { COLLEGES, COLLEGE_LABELS } from "@/lib/membership/model";

const KIND_OPTIONS = enumOptions(BODY_KIND_LABELS, BODY_KINDS);
const POSITION_OPTIONS = enumOptions(MANDATE_POSITION_LABELS, MANDATE_POSITIONS);
const COLLEGE_OPTIONS = enumOptions(COLLEGE_LABELS, COLLEGES);
export const PUBLIC_NAME_CONSENT = "Le ou la titulaire accepte que son nom figure sur la page publique";

function Buttons({ label, cancelHref }: { label: string; cancelHref: string }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <SubmitButton pendingLabel="Enregistrement…">{label}</SubmitButton>
      <Link href={cancelHref} className={buttonClass("secondary")}>
        Annuler
      </Link>
    </div>
  );
}

export type BodyFormValues = { id: string; version: number; name: string; kind: string; description: string; sortOrder: number };

/** Creates a body, or edits one at the version it was loaded (the admin's). */
export function BodyForm({ body, cancelHref }: { body?: BodyFormValues; cancelHref: string }) {
  const form = useActionForm(body ? updateGovernanceBodyAction : createGovernanceBodyAction, body ?? { kind: "COMMISSION", sortOrder: 10 });
  return (
    <form action={form.formAction} className="space-y-5" noValidate>
      <FormStatus state={form.state} />
      {body ? <HiddenFields fields={{ bodyId: body.id, version: String(body.version) }} /> : null}
      <TextField {...form.field("name")} label="Nom" hint="Par exemple « Commission cadre de vie ». Unique." required maxLength={BODY_NAME_MAX} autoComplete="off" />
      <SelectField {...form.field("kind")} label="Type d'instance" hint="Le conseil d'administration suit les sièges des statuts." required options={KIND_OPTIONS} />
      <TextAreaField {...form.field("description")} label="Description (facultative)" hint="Montrée sur la page publique de l'association." rows={3} maxLength={BODY_DESCRIPTION_MAX} />
      <TextField {...form.field("sortOrder")} label="Ordre d'affichage" hint="Les plus petits nombres d'abord." inputMode="numeric" required />
      <Buttons label={body ? "Enregistrer les modifications" : "Créer l'instance"} cancelHref={cancelHref} />
    </form>
  );
}

export type Candidate = { id: string; name: string; college: string; year: number };
export type MandateFormValues = { id: string; version: number; position: string; startsOn: string; endsOn: string; showNamePublicly: boolean };

/** Dates and position: the fields the new mandate and the edit forms share. */
function MandateTerms({ form }: { form: ReturnType<typeof useActionForm> }) {
  return (
    <>
      <SelectField {...form.field("position")} label="Poste" hint="Président·e, vice-président·e, trésorier·ère et secrétaire : un seul titulaire à la fois." required options={POSITION_OPTIONS} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...form.field("startsOn")} type="date" label="Début du mandat" required />
        <TextField {...form.field("endsOn")} type="date" label="Fin du mandat (facultative)" hint="Le dernier jour du mandat ; vide tant qu'il n'est pas fixé." />
      </div>
      <CheckboxField {...form.checkbox("showNamePublicly")} label={PUBLIC_NAME_CONSENT} hint="Sans cet accord, la page publique indique seulement le poste et le collège." />
    </>
  );
}

/** A new mandate in a body (the admin or the board's secretary). */
export function NewMandateForm({ bodyId, candidates, idempotencyKey, today, cancelHref }: { bodyId: string; candidates: Candidate[]; idempotencyKey: string; today: string; cancelHref: string }) {
  const form = useActionForm(createMandateAction, { position: "MEMBER", startsOn: today, college: "RESIDENTS" });
  return (
    <form action={form.formAction} className="space-y-5" noValidate>
      <FormStatus state={form.state} />
      <HiddenFields fields={{ bodyId, idempotencyKey }} />
      <SelectField
        {...form.field("memberId")}
        label="Titulaire"
        hint="Les adhérents à jour de cette année ou de la suivante, avec le collège de leur adhésion."
        required
        emptyLabel="Choisir un adhérent"
        options={candidates.map((c) => ({ value: c.id, label: `${c.name} (${COLLEGE_LABELS[c.college as keyof typeof COLLEGE_LABELS]}, ${c.year})` }))}
      />
      <SelectField {...form.field("college")} label="Collège" hint="Le titulaire doit adhérer à ce collège." required options={COLLEGE_OPTIONS} />
      <MandateTerms form={form} />
      <Buttons label="Créer le mandat" cancelHref={cancelHref} />
    </form>
  );
}

export function EditMandateForm({ mandate, cancelHref }: { mandate: MandateFormValues; cancelHref: string }) {
  const form = useActionForm(updateMandateAction, mandate);
  return (
    <form action={form.formAction} className="space-y-5" noValidate>
      <FormStatus state={form.state} />
      <HiddenFields fields={{ mandateId: mandate.id, version: String(mandate.version) }} />
      <MandateTerms form={form} />
      <Buttons label="Enregistrer les modifications" cancelHref={cancelHref} />
    </form>
  );
}

export function EndMandateForm({ mandate, today, children }: { mandate: { id: string; version: number }; today: string; children?: ReactNode }) {
  const form = useActionForm(endMandateAction, { endsOn: today });
  return (
    <form action={form.formAction} className="space-y-4" noValidate aria-label="Terminer le mandat">
      <FormStatus state={form.state} />
      {children}
      <HiddenFields fields={{ mandateId: mandate.id, version: String(mandate.version) }} />
      <TextField {...form.field("endsOn")} id="fin-mandat" type="date" label="Dernier jour du mandat" required />
      <CheckboxField name="confirm" id="fin-confirmation" label="Je confirme la fin de ce mandat." required errors={form.errors("confirm")} />
      <SubmitButton variant="danger" pendingLabel="En cours…">
        Terminer le mandat
      </SubmitButton>
    </form>
  );
}
