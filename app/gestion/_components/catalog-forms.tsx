"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormStatus, fieldErrors } from "@/components/ui/form-status";

/** Shared by the catalog screens (categories, response templates): small forms around one action. */

type Action<T> = (prev: ActionResult<T> | undefined, formData: FormData) => Promise<ActionResult<T>>;

function HiddenFields({ fields }: { fields: Record<string, string> }) {
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

/**
 * One button in a list row (move, activate…): posts its hidden fields; the action redirects back
 * to the list with a confirmation, or the refusal shows under the button.
 */
export function RowActionForm<T>({ action, fields, children }: { action: Action<T>; fields: Record<string, string>; children: ReactNode }) {
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

/** Deleting needs a ticked box: a confirmation that works without JavaScript. */
export function ConfirmDeleteForm<T>({
  action,
  fields,
  idPrefix,
  confirmLabel,
  buttonLabel,
}: {
  action: Action<T>;
  fields: Record<string, string>;
  idPrefix: string;
  confirmLabel: string;
  buttonLabel: string;
}) {
  const [state, formAction] = useActionState(action, undefined);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <HiddenFields fields={fields} />
      <CheckboxField name="confirm" id={`${idPrefix}-confirmation`} label={confirmLabel} required errors={fieldErrors(state, "confirm")} />
      <SubmitButton variant="danger" pendingLabel="Suppression…">
        {buttonLabel}
      </SubmitButton>
    </form>
  );
}
