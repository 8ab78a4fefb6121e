"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";
import type { ActionResult } from "@/lib/actions/define-action";
import { DESCRIPTION_MAX } from "@/lib/reports/schemas";

type Action<T> = (prev: ActionResult<T> | undefined, formData: FormData) => Promise<ActionResult<T>>;

export function ProblemForm<T>({ action, workOrderId, idempotencyKey, categories }: { action: Action<T>; workOrderId: string; idempotencyKey: string; categories: { value: string; label: string }[] }) {
  const { state, formAction, field } = useActionForm(action);
  return (
    <form action={formAction} className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" name="workOrderId" value={workOrderId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <SelectField {...field("categoryId")} label="Catégorie" options={categories} emptyLabel="Choisissez une catégorie" required />
      <TextAreaField {...field("description")} label="Ce que vous avez constaté" hint="Où exactement, depuis quand, ce qui risque d'arriver." maxLength={DESCRIPTION_MAX} required />
      <SubmitButton pendingLabel="Envoi…">Signaler le problème</SubmitButton>
    </form>
  );
}
