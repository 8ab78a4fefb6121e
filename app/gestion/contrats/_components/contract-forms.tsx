"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormStatus } from "@/components/ui/form-status";
import type { CatalogAction } from "../../_components/catalog-forms";

/** The small forms of a contract's page: a status move, and the confirmed ones (closing, archiving a line, deleting a document). */

function HiddenFields({ fields }: { fields: Record<string, string> }) {
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
}: {
  id: string;
  action: CatalogAction<T>;
  fields: Record<string, string>;
  confirm?: string;
  buttonLabel: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const form = useActionForm(action);
  return (
    <form action={form.formAction} className="space-y-3" noValidate aria-label={buttonLabel}>
      <FormStatus state={form.state} />
      <HiddenFields fields={fields} />
      {confirm ? <CheckboxField name="confirm" id={`${id}-confirmation`} label={confirm} required errors={form.errors("confirm")} /> : null}
      <SubmitButton variant={variant} pendingLabel="En cours…">
        {buttonLabel}
      </SubmitButton>
    </form>
  );
}
