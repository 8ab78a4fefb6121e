"use client";

import { createReportCategoryAction, updateReportCategoryAction } from "@/app/gestion/categories/actions";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/field";
import { TextAreaField } from "@/components/ui/text-area";
import { CATEGORY_GUIDANCE_MAX, CATEGORY_NAME_MAX } from "@/lib/report-catalog/model";
import { CatalogForm } from "../../_components/catalog-forms";
import { routes } from "@/lib/routes";

type Category = { id: string; version: number; name: string; guidance: string; isDanger: boolean; active: boolean };

const actions = { create: createReportCategoryAction, update: updateReportCategoryAction };

/** Creates a category (no `category`: offered, not "danger") or edits one. */
export function CategoryForm({ category }: { category?: Category }) {
  return (
    <CatalogForm item={category} idField="categoryId" actions={actions} blank={{ isDanger: false, active: true }} createLabel="Créer la catégorie" cancelHref={routes.staff.categories}>
      {(form) => (
        <>
          <TextField
            {...form.field("name")}
            label="Nom de la catégorie"
            hint={`Court et parlant pour les habitants, ${CATEGORY_NAME_MAX} caractères au plus. Deux catégories ne peuvent pas porter le même nom.`}
            required
            maxLength={CATEGORY_NAME_MAX}
            autoComplete="off"
          />
          <TextAreaField
            {...form.field("guidance")}
            label="Texte d'aide"
            hint={`Montré aux habitants pour les aider à choisir : quels problèmes entrent dans cette catégorie. ${CATEGORY_GUIDANCE_MAX} caractères au plus.`}
            rows={3}
            required
            maxLength={CATEGORY_GUIDANCE_MAX}
          />
          <CheckboxField
            {...form.checkbox("isDanger")}
            label="Catégorie « danger »"
            hint="Les numéros d'urgence (112, 18, 17, 15) s'affichent en premier quand un habitant la choisit."
          />
          <CheckboxField
            {...form.checkbox("active")}
            label="Proposée aux habitants"
            hint="Décochée, la catégorie n'est plus proposée dans le formulaire de signalement ; les signalements déjà faits la gardent."
          />
        </>
      )}
    </CatalogForm>
  );
}
