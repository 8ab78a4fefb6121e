import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

type FieldShellProps = { id: string; label: string; hint?: ReactNode; errors?: string[]; children: ReactNode };

/** Label, hint and errors tied to the control with aria-describedby. */
export function FieldShell({ id, label, hint, errors, children }: FieldShellProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {children}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function describedBy(id: string, hint?: ReactNode, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export const controlClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm aria-[invalid=true]:border-red-700";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; hint?: ReactNode; errors?: string[] };

export function TextField({ name, label, hint, errors, id = name, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className={controlClass}
        {...input}
      />
    </FieldShell>
  );
}

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  options: readonly { value: string; label: string }[];
  emptyLabel?: string;
};

export function SelectField({ name, label, hint, errors, options, emptyLabel, id = name, ...select }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      {/* Keyed by the default: React applies a select's defaultValue only when it first mounts,
          and a refused submission must show what was sent. */}
      <select
        key={String(select.defaultValue ?? "")}
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className={controlClass}
        {...select}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
