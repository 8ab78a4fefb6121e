"use client";

import Link from "next/link";
import { useActionState } from "react";
import { createResponseTemplateAction, updateResponseTemplateAction } from "@/app/gestion/modeles-de-reponse/actions";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus, fieldErrors, previousValue } from "@/components/ui/form-status";
import { buttonClass } from "@/components/ui/styles";
import { TextAreaField } from "@/components/ui/text-area";
import { TEMPLATE_BODY_MAX, TEMPLATE_TITLE_MAX } from "@/lib/report-catalog/model";
import { REPORT_STATUSES, REPORT_STATUS_LABELS } from "@/lib/reports/status";

type Template = { id: string; version: number; status: string; title: string; body: string; active: boolean };

const STATUS_OPTIONS = REPORT_STATUSES.map((status) => ({ value: status, label: REPORT_STATUS_LABELS[status] }));

/** Creates a response template (no `template`) or edits one; works without JavaScript. */
export function TemplateForm({ template, defaultStatus }: { template?: Template; defaultStatus?: string }) {
  const [state, formAction] = useActionState<Awaited<ReturnType<typeof createResponseTemplateAction>> | undefined, FormData>(
    template ? updateResponseTemplateAction : createResponseTemplateAction,
    undefined,
  );
  const refused = !!state && !state.ok;
  const active = refused ? previousValue(state, "active") === "on" : (template?.active ?? true);

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormStatus state={state} />
      {template ? (
        <>
          <input type="hidden" name="templateId" value={template.id} />
          <input type="hidden" name="version" value={template.version} />
        </>
      ) : null}
      <SelectField
        name="status"
        label="Statut du signalement"
        hint="Le modèle est rangé sous ce statut dans la liste proposée à l'équipe."
        options={STATUS_OPTIONS}
        emptyLabel={template ? undefined : "Choisir un statut"}
        required
        defaultValue={previousValue(state, "status") ?? template?.status ?? defaultStatus ?? ""}
        errors={fieldErrors(state, "status")}
      />
      <TextField
        name="title"
        label="Titre du modèle"
        hint={`Ce que l'équipe voit dans la liste des modèles, ${TEMPLATE_TITLE_MAX} caractères au plus.`}
        required
        maxLength={TEMPLATE_TITLE_MAX}
        autoComplete="off"
        defaultValue={previousValue(state, "title") ?? template?.title ?? ""}
        errors={fieldErrors(state, "title")}
      />
      <TextAreaField
        name="body"
        label="Texte de la réponse"
        hint={`Le texte proposé à l'équipe, qui peut le retoucher avant l'envoi. ${TEMPLATE_BODY_MAX} caractères au plus.`}
        rows={6}
        required
        maxLength={TEMPLATE_BODY_MAX}
        defaultValue={previousValue(state, "body") ?? template?.body ?? ""}
        errors={fieldErrors(state, "body")}
      />
      <CheckboxField
        key={`active-${active}`}
        name="active"
        id="active"
        label="Proposé à l'équipe"
        hint="Décoché, le modèle est gardé mais n'est plus proposé quand on commente un signalement."
        defaultChecked={active}
        errors={fieldErrors(state, "active")}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Enregistrement…">{template ? "Enregistrer les modifications" : "Créer le modèle"}</SubmitButton>
        <Link href="/gestion/modeles-de-reponse" className={buttonClass("secondary")}>
          Annuler
        </Link>
      </div>
    </form>
  );
}
