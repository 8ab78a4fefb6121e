"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-50",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

export const buttonClass = (variant: keyof typeof variants = "primary") =>
  `inline-flex items-center justify-center rounded-md px-4 py-2 text-base font-semibold disabled:opacity-60 ${variants[variant]}`;

/** A submit button that says it is working and cannot be clicked twice while it does. */
export function SubmitButton({
  children,
  pendingLabel = "Envoi…",
  variant = "primary",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: keyof typeof variants }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant)} {...props}>
      {pending ? pendingLabel : children}
    </button>
  );
}
