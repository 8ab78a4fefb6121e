"use client";

import { createResponseTemplateAction, updateResponseTemplateAction } from "@/app/gestion/modeles-de-reponse/actions";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField, TextField } from "@/components/ui/field";
import { TextAreaField } from "@/components/ui/text-area";
import { TEMPLATE_BODY_MAX, TEMPLATE_TITLE_MAX } from "@/lib/report-catalog/model";
import { REPORT_STATUSES, REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { CatalogForm } from "../../_components/catalog-forms";
import { routes } from "@/lib/routes";
import { enumOptions } from "@/lib/format/options";

type Template = { id: string; version: number; status: string; title: string; body: string; active: boolean };

const STATUS_OPTIONS = enumOptions(REPORT_STATUS_LABELS, REPORT_STATUSES);
const actions = { create: createResponseTemplateAction, update: updateResponseTemplateAction };

/** Creates a response template (no `template`: offered, under `defaultStatus` if given) or edits one. */
export function TemplateForm({ template, defaultStatus }: { template?: Template; defaultStatus?: string }) {
  return (
    <CatalogForm item={template} idField="templateId" actions={actions} blank={{ status: defaultStatus, active: true }} createLabel="Créer le modèle" cancelHref={routes.staff.templates}>
      {(form) => (
        <>
          <SelectField
            {...form.field("status")}
            label="Statut du signalement"
            hint="Le modèle est rangé sous ce statut dans la liste proposée à l'équipe."
            options={STATUS_OPTIONS}
            emptyLabel={template ? undefined : "Choisir un statut"}
            required
          />
          <TextField
            {...form.field("title")}
            label="Titre du modèle"
            hint={`Ce que l'équipe voit dans la liste des modèles, ${TEMPLATE_TITLE_MAX} caractères au plus.`}
            required
            maxLength={TEMPLATE_TITLE_MAX}
            autoComplete="off"
          />
          <TextAreaField
            {...form.field("body")}
            label="Texte de la réponse"
            hint={`Le texte proposé à l'équipe, qui peut le retoucher avant l'envoi. ${TEMPLATE_BODY_MAX} caractères au plus.`}
            rows={6}
            required
            maxLength={TEMPLATE_BODY_MAX}
          />
          <CheckboxField
            {...form.checkbox("active")}
            label="Proposé à l'équipe"
            hint="Décoché, le modèle est gardé mais n'est plus proposé quand on commente un signalement."
          />
        </>
      )}
    </CatalogForm>
  );
}
