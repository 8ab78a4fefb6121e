import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy } from "@/components/ui/field";

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
};

/** A checkbox with its label beside it, hint and errors tied to it like the other fields. */
export function CheckboxField({ name, label, hint, errors, id = name, ...input }: CheckboxFieldProps) {
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        {/* Keyed by the default: React applies defaultChecked only when a box first mounts, and a
            refused submission must show what was sent. */}
        <input
          key={String(input.defaultChecked ?? "")}
          id={id}
          name={name}
          type="checkbox"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(id, hint, errors)}
          className="mt-1 size-5 shrink-0"
          {...input}
        />
        <label htmlFor={id} className="text-slate-900">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="pl-7 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="pl-7 text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
