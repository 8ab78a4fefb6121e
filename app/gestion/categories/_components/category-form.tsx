"use client";

import Link from "next/link";
import { useActionState } from "react";
import { createReportCategoryAction, updateReportCategoryAction } from "@/app/gestion/categories/actions";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/field";
import { FormStatus, fieldErrors, previousValue } from "@/components/ui/form-status";
import { buttonClass } from "@/components/ui/styles";
import { TextAreaField } from "@/components/ui/text-area";
import { CATEGORY_GUIDANCE_MAX, CATEGORY_NAME_MAX } from "@/lib/report-catalog/model";

type Category = { id: string; version: number; name: string; guidance: string; isDanger: boolean; active: boolean };

/** Creates a category (no `category`) or edits one; works without JavaScript. */
export function CategoryForm({ category }: { category?: Category }) {
  const [state, formAction] = useActionState<Awaited<ReturnType<typeof createReportCategoryAction>> | undefined, FormData>(
    category ? updateReportCategoryAction : createReportCategoryAction,
    undefined,
  );
  const refused = !!state && !state.ok;
  // An unticked box sends nothing: after a refusal, the boxes show what was sent.
  const checked = (name: "isDanger" | "active", initial: boolean) => (refused ? previousValue(state, name) === "on" : initial);
  const isDanger = checked("isDanger", category?.isDanger ?? false);
  const active = checked("active", category?.active ?? true);

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormStatus state={state} />
      {category ? (
        <>
          <input type="hidden" name="categoryId" value={category.id} />
          <input type="hidden" name="version" value={category.version} />
        </>
      ) : null}
      <TextField
        name="name"
        label="Nom de la catégorie"
        hint={`Court et parlant pour les habitants, ${CATEGORY_NAME_MAX} caractères au plus. Deux catégories ne peuvent pas porter le même nom.`}
        required
        maxLength={CATEGORY_NAME_MAX}
        autoComplete="off"
        defaultValue={previousValue(state, "name") ?? category?.name ?? ""}
        errors={fieldErrors(state, "name")}
      />
      <TextAreaField
        name="guidance"
        label="Texte d'aide"
        hint={`Montré aux habitants pour les aider à choisir : quels problèmes entrent dans cette catégorie. ${CATEGORY_GUIDANCE_MAX} caractères au plus.`}
        rows={3}
        required
        maxLength={CATEGORY_GUIDANCE_MAX}
        defaultValue={previousValue(state, "guidance") ?? category?.guidance ?? ""}
        errors={fieldErrors(state, "guidance")}
      />
      <CheckboxField
        key={`danger-${isDanger}`}
        name="isDanger"
        id="isDanger"
        label="Catégorie « danger »"
        hint="Les numéros d'urgence (112, 18, 17, 15) s'affichent en premier quand un habitant la choisit."
        defaultChecked={isDanger}
        errors={fieldErrors(state, "isDanger")}
      />
      <CheckboxField
        key={`active-${active}`}
        name="active"
        id="active"
        label="Proposée aux habitants"
        hint="Décochée, la catégorie n'est plus proposée dans le formulaire de signalement ; les signalements déjà faits la gardent."
        defaultChecked={active}
        errors={fieldErrors(state, "active")}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Enregistrement…">{category ? "Enregistrer les modifications" : "Créer la catégorie"}</SubmitButton>
        <Link href="/gestion/categories" className={buttonClass("secondary")}>
          Annuler
        </Link>
      </div>
    </form>
  );
}
