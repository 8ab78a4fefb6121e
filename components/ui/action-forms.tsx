"use client";

import { useActionState, type ReactNode } from "react";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormStatus } from "@/components/ui/form-status";

/** The one-button forms every space uses around its actions; they work without JavaScript. */

/** The hidden inputs (ids, versions, the move asked) a form posts with what the person typed. */
export function HiddenFields({ fields }: { fields: Record<string, string> }) {
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

/**
 * One button posting hidden fields; with `confirm`, a box to tick first (a confirmation that works
 * without JavaScript, never ticked again after a refusal). `id` keeps several on one page apart.
 */
export function ConfirmedActionForm<T>({
  id,
  action,
  fields,
  confirm,
  buttonLabel,
  variant = "primary",
  pendingLabel = "En cours…",
}: {
  id: string;
  action: FormAction<T>;
  fields: Record<string, string>;
  confirm?: string;
  buttonLabel: string;
  variant?: "primary" | "secondary" | "danger";
  pendingLabel?: string;
}) {
  const form = useActionForm(action);
  return (
    <form action={form.formAction} className="space-y-3" noValidate aria-label={buttonLabel}>
      <FormStatus state={form.state} />
      <HiddenFields fields={fields} />
      {confirm ? <CheckboxField name="confirm" id={`${id}-confirmation`} label={confirm} required errors={form.errors("confirm")} /> : null}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {buttonLabel}
      </SubmitButton>
    </form>
  );
}

/**
 * One button in a list row (move, activate…): posts its hidden fields; the action redirects back
 * to the list with a confirmation, or the refusal shows under the button.
 */
export function RowActionForm<T>({ action, fields, children }: { action: FormAction<T>; fields: Record<string, string>; children: ReactNode }) {
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
