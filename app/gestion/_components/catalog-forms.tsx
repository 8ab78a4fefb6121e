"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormStatus } from "@/components/ui/form-status";
import { buttonClass } from "@/components/ui/styles";

/** Shared by the catalog screens (categories, response templates): the forms around their actions. */

export type CatalogAction<T> = (prev: ActionResult<T> | undefined, formData: FormData) => Promise<ActionResult<T>>;

function HiddenFields({ fields }: { fields: Record<string, string> }) {
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

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
  actions: { create: CatalogAction<T>; update: CatalogAction<T> };
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

/**
 * One button in a list row (move, activate…): posts its hidden fields; the action redirects back
 * to the list with a confirmation, or the refusal shows under the button.
 */
export function RowActionForm<T>({ action, fields, children }: { action: CatalogAction<T>; fields: Record<string, string>; children: ReactNode }) {
  const [state, formAction] = useActionState(action, undefined);
  const refusal = state && !state.ok ? state.formError : undefined;
  return (
    <form action={formAction} className="inline-block">
      <HiddenFields fields={fields} />
      <SubmitButton pendingLabel="En cours…" className="inline-flex items-center gap-1 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-50 disabled:opacity-60">
        {children}
      </SubmitButton>
      {refusal ? (
        <p role="alert" className="mt-1 max-w-56 text-sm font-medium text-red-800">
          {refusal}
        </p>
      ) : null}
    </form>
  );
}

/**
 * Deleting needs a ticked box: a confirmation that works without JavaScript. The box is never
 * ticked again after a refusal: each attempt is confirmed anew.
 */
export function ConfirmDeleteForm<T>({
  action,
  fields,
  confirmLabel,
  buttonLabel,
}: {
  action: CatalogAction<T>;
  fields: Record<string, string>;
  confirmLabel: string;
  buttonLabel: string;
}) {
  const form = useActionForm(action);
  return (
    <form action={form.formAction} className="space-y-3" noValidate>
      <FormStatus state={form.state} />
      <HiddenFields fields={fields} />
      <CheckboxField name="confirm" id="suppression-confirmation" label={confirmLabel} required errors={form.errors("confirm")} />
      <SubmitButton variant="danger" pendingLabel="Suppression…">
        {buttonLabel}
      </SubmitButton>
    </form>
  );
}
