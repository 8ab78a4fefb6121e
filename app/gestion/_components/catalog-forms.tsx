"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { HiddenFields } from "@/components/ui/action-forms";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { buttonClass } from "@/components/ui/styles";

/** Shared by the catalog screens (categories, response templates): the forms around their actions. */

type Initial = NonNullable<Parameters<typeof useActionForm>[1]>;

/**
 * A catalog's create-or-edit form: without `item` it creates (from `blank`), with it it edits that
 * item at the version it was loaded. Renders the outcome, the hidden id and version, the fields
 * `children` draws from the form state, then "save" and "cancel". Works without JavaScript.
 */
export function CatalogForm<T>({
  item,
  idField,
  actions,
  blank,
  createLabel,
  cancelHref,
  children,
}: {
  item?: Initial & { id: string; version: number };
  /** The name of the id field the update action takes (`categoryId`, `templateId`). */
  idField: string;
  actions: { create: FormAction<T>; update: FormAction<T> };
  blank: Initial;
  createLabel: string;
  cancelHref: string;
  children: (form: ReturnType<typeof useActionForm<T>>) => ReactNode;
}) {
  const form = useActionForm(item ? actions.update : actions.create, item ?? blank);
  return (
    <form action={form.formAction} className="space-y-5" noValidate>
      <FormStatus state={form.state} />
      {item ? <HiddenFields fields={{ [idField]: item.id, version: String(item.version) }} /> : null}
      {children(form)}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Enregistrement…">{item ? "Enregistrer les modifications" : createLabel}</SubmitButton>
        <Link href={cancelHref} className={buttonClass("secondary")}>
          Annuler
        </Link>
      </div>
    </form>
  );
}
