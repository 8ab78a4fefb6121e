"use client";

import { useState, type ReactNode } from "react";
import {
  addReportCommentAction,
  bulkTriageAction,
  markReportDuplicateAction,
  moderateReportAction,
  routeReportAction,
  setPhotoPublicAction,
  setReportPriorityAction,
  setReportStatusAction,
  updateReportDetailsAction,
} from "@/app/gestion/signalements/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";
import type { ButtonVariant } from "@/components/ui/styles";
import { PlaceOptgroups } from "@/components/reports/place-optgroups";

type Option = { value: string; label: string };
type Target = { reportId: string; version: number };

function Hidden({ reportId, version }: Target) {
  return (
    <>
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

/** Acknowledge, work planned, resolve, close: one button each, with an optional public comment. */
export function StatusForm({ target, status, label, variant = "primary", withComment = false }: { target: Target; status: string; label: string; variant?: ButtonVariant; withComment?: boolean }) {
  const { state, formAction, field } = useActionForm(setReportStatusAction);
  const id = `statut-${status.toLowerCase()}-commentaire`;
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormStatus state={state} />
      <Hidden {...target} />
      <input type="hidden" name="status" value={status} />
      {withComment ? (
        <TextAreaField
          id={id}
          label={status === "REJECTED" ? "Raison du refus (communiquée à l'habitant)" : "Message à l'habitant (facultatif)"}
          rows={2}
          maxLength={2000}
          required={status === "REJECTED"}
          {...field("comment")}
        />
      ) : null}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}

export function PriorityForm({ target, current, options }: { target: Target; current: string; options: Option[] }) {
  const { state, formAction, field } = useActionForm(setReportPriorityAction, { priority: current });
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <Hidden {...target} />
      <SelectField id="priorite" label="Priorité" options={options} {...field("priority")} />
      <SubmitButton variant="secondary">Changer la priorité</SubmitButton>
    </form>
  );
}

export function DetailsForm({ target, categoryId, place, categories, places }: { target: Target; categoryId: string; place: string; categories: Option[]; places: { label: string; options: Option[] }[] }) {
  const { state, formAction, field, value, errors } = useActionForm(updateReportDetailsAction, { categoryId, place });
  const placeErrors = errors("place");
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <Hidden {...target} />
      <SelectField id="categorie" label="Catégorie" options={categories} {...field("categoryId")} />
      <div className="space-y-1">
        <label htmlFor="lieu" className="block text-sm font-medium text-slate-900">
          Lieu
        </label>
        <select
          id="lieu"
          name="place"
          key={value("place")}
          defaultValue={value("place")}
          aria-invalid={placeErrors?.length ? true : undefined}
          aria-describedby={placeErrors?.length ? "lieu-error" : undefined}
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
        >
          <option value="">Inchangé (point sur la carte ou adresse)</option>
          <PlaceOptgroups groups={places} />
        </select>
        {placeErrors?.length ? (
          <p id="lieu-error" className="text-sm font-medium text-red-800">
            {placeErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <SubmitButton variant="secondary">Corriger catégorie et lieu</SubmitButton>
    </form>
  );
}

export function DuplicateForm({ target }: { target: Target }) {
  const { state, formAction, field } = useActionForm(markReportDuplicateAction);
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormStatus state={state} />
      <Hidden {...target} />
      <TextField
        id="doublon-numero"
        label="Numéro du signalement d'origine"
        hint="Ses soutiens et son auteur suivront le signalement d'origine. Un signalement privé ne peut pas servir d'origine : d'autres habitants le suivraient."
        inputMode="numeric"
        required
        {...field("duplicateOfNumber")}
      />
      <SubmitButton variant="secondary">Marquer comme doublon</SubmitButton>
    </form>
  );
}

/** `contactConsent`: the person agreed to be contacted, so staff may give the partner their contact. */
export function RouteForm({ target, partners, current, contactConsent }: { target: Target; partners: Option[]; current: string | null; contactConsent: boolean }) {
  const { state, formAction, field, checkbox } = useActionForm(routeReportAction, { partnerId: current });
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormStatus state={state} />
      <Hidden {...target} />
      <SelectField id="partenaire" label="Partenaire responsable" options={partners} emptyLabel="Choisissez…" {...field("partnerId")} />
      <TextAreaField id="transmission-message" label="Message (facultatif, visible par l'habitant)" rows={2} maxLength={2000} {...field("comment")} />
      {contactConsent ? (
        <CheckboxField
          id="transmission-contact"
          label="Transmettre aussi le nom et les coordonnées de la personne"
          hint="Elle a accepté d'être contactée par l'organisme chargé de la réparation. Seul ce partenaire les verra."
          {...checkbox("shareContact")}
        />
      ) : (
        <p className="text-sm text-slate-700">La personne n&apos;a pas accepté d&apos;être contactée : le partenaire ne verra pas ses coordonnées.</p>
      )}
      <SubmitButton>Transmettre au partenaire</SubmitButton>
    </form>
  );
}

export type TemplateOption = { id: string; title: string; body: string; statusLabel: string };

/** A comment, public or internal; a template select fills the text (JS), the list stays readable without. */
export function CommentForm({ target, templates }: { target: Target; templates: TemplateOption[] }) {
  const { state, formAction, value, errors } = useActionForm(addReportCommentAction);
  const [text, setText] = useState(value("comment"));
  const [templateId, setTemplateId] = useState("");
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <Hidden {...target} />
      <div className="space-y-1">
        <label htmlFor="modele" className="block text-sm font-medium text-slate-900">
          Modèle de réponse
        </label>
        <select
          id="modele"
          name="templateId"
          value={templateId}
          onChange={(event) => {
            setTemplateId(event.target.value);
            const chosen = templates.find((t) => t.id === event.target.value);
            if (chosen) setText(chosen.body);
          }}
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
        >
          <option value="">Aucun</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.statusLabel} — {t.title}
            </option>
          ))}
        </select>
      </div>
      <TextAreaField
        name="comment"
        id="commentaire"
        label="Commentaire"
        rows={4}
        maxLength={2000}
        required
        value={text}
        onChange={(event) => setText(event.target.value)}
        errors={errors("comment")}
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-900">Qui le voit ?</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="visibility" value="PUBLIC" defaultChecked /> L&apos;habitant et ses voisins qui suivent le signalement
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="visibility" value="INTERNAL" /> L&apos;équipe de la Régie seulement (note interne)
        </label>
      </fieldset>
      <SubmitButton variant="secondary">Ajouter le commentaire</SubmitButton>
    </form>
  );
}

export function ModerationForm({ target, publicDescription, moderationStatus }: { target: Target; publicDescription: string; moderationStatus: string }) {
  const { state, formAction, field } = useActionForm(moderateReportAction, { publicDescription, moderationStatus });
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormStatus state={state} />
      <Hidden {...target} />
      <TextAreaField id="texte-public" label="Texte public (sans nom ni détail personnel)" rows={3} maxLength={2000} {...field("publicDescription")} />
      <SelectField
        id="moderation"
        label="Décision"
        options={[
          { value: "APPROVED", label: "Approuvé pour les pages publiques" },
          { value: "PENDING", label: "À relire" },
          { value: "REJECTED", label: "Refusé (non publié)" },
        ]}
        {...field("moderationStatus")}
      />
      <SubmitButton variant="secondary">Enregistrer la modération</SubmitButton>
    </form>
  );
}

export function PhotoForm({ target, photoId, approved, label }: { target: Target; photoId: string; approved: boolean; label: string }) {
  const { state, formAction } = useActionForm(setPhotoPublicAction);
  return (
    <form action={formAction} className="space-y-1">
      <FormStatus state={state} />
      <Hidden {...target} />
      <input type="hidden" name="photoId" value={photoId} />
      <input type="hidden" name="approved" value={approved ? "false" : "true"} />
      <SubmitButton variant="secondary" aria-label={`${approved ? "Retirer du public" : "Approuver pour le public"} : ${label}`}>
        {approved ? "Retirer du public" : "Approuver pour le public"}
      </SubmitButton>
    </form>
  );
}

/** The queue's table (children) inside the form of the grouped actions. */
export function BulkTriageForm({ partners, children }: { partners: Option[]; children: ReactNode }) {
  const { state, formAction, errors } = useActionForm(bulkTriageAction);
  const outcome = state?.ok ? state.data : null;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormStatus state={state} />
      {outcome ? (
        <div role="status" className="rounded-md border border-slate-400 bg-white px-3 py-2">
          <p>{outcome.done.length ? `Traités : n° ${outcome.done.join(", n° ")}.` : "Aucun signalement traité."}</p>
          {outcome.conflicts.length ? <p className="text-red-900">Modifiés entre-temps par quelqu&apos;un d&apos;autre (non traités, rechargez) : n° {outcome.conflicts.join(", n° ")}.</p> : null}
          {outcome.refused.map((r) => (
            <p key={`${r.number}`} className="text-red-900">
              N° {r.number ?? "?"} : {r.reason}
            </p>
          ))}
        </div>
      ) : null}
      {errors("selected")?.length ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {errors("selected")?.join(" ")}
        </p>
      ) : null}
      {children}
      <fieldset className="flex flex-wrap items-end gap-3 rounded-md border border-slate-300 bg-white p-3">
        <legend className="px-1 font-semibold">Action sur les signalements cochés</legend>
        <div className="space-y-1">
          <label htmlFor="action-groupee" className="block text-sm font-medium">
            Action
          </label>
          <select id="action-groupee" name="operation" className="rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="acknowledge">Prendre en compte</option>
            <option value="route">Transmettre au partenaire</option>
            <option value="resolve">Marquer résolus</option>
          </select>
        </div>
        <SelectField name="partnerId" id="partenaire-groupe" label="Partenaire (pour transmettre)" options={partners} emptyLabel="—" errors={errors("partnerId")} />
        <SubmitButton variant="secondary">Appliquer</SubmitButton>
      </fieldset>
    </form>
  );
}
