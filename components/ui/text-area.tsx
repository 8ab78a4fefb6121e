import type { ReactNode, TextareaHTMLAttributes } from "react";
import { FieldShell, controlClass, describedBy } from "@/components/ui/field";

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
};

/** A multi-line field: label, hint and errors tied to the control, like TextField. */
export function TextAreaField({ name, label, hint, errors, id = name, rows = 5, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className={controlClass}
        {...textarea}
      />
    </FieldShell>
  );
}
