"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "@/components/ui/styles";

/** A submit button that says it is working and cannot be clicked twice while it does. */
export function SubmitButton({
  children,
  pendingLabel = "Envoi…",
  variant = "primary",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant)} {...props}>
      {pending ? pendingLabel : children}
    </button>
  );
}
