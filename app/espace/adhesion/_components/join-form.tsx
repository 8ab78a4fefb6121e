"use client";

import { joinMembershipAction } from "@/app/espace/adhesion/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** The colleges a person may join online, each with this year's fee as it is shown. */
export type JoinOption = { college: string; label: string; fee: string; hint: string };

/** Joining for the year: the college (residents by default), the fee shown; payment at the office. */
export function JoinForm({ options, year }: { options: JoinOption[]; year: number }) {
  const form = useActionForm(joinMembershipAction, { college: options[0]?.college });
  const errors = form.errors("college");
  const chosen = form.value("college");
  return (
    <form action={form.formAction} className="space-y-4" noValidate>
      <FormStatus state={form.state} />
      <fieldset className="space-y-2" aria-describedby={errors?.length ? "college-error" : undefined}>
        <legend className="font-medium text-slate-900">Votre collège pour {year}</legend>
        {options.map((option) => (
          <label key={option.college} className="flex items-start gap-3 rounded-md border border-slate-300 bg-white p-3">
            <input type="radio" name="college" value={option.college} defaultChecked={chosen === option.college} className="mt-1 size-5 shrink-0" />
            <span>
              <span className="font-semibold">{option.label}</span> — cotisation {option.fee}
              <span className="block text-sm text-slate-700">{option.hint}</span>
            </span>
          </label>
        ))}
        {errors?.length ? (
          <p id="college-error" className="text-sm font-medium text-red-800">
            {errors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pendingLabel="Envoi…">Adhérer pour {year}</SubmitButton>
    </form>
  );
}
