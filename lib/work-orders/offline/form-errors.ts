import type { z } from "zod";

/** A zod refusal as a form shows it (the same shape as defineAction's describeZodError, for client-side checks). */
export function describeErrors(error: z.ZodError): { formError: string; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return { formError: "Certains champs sont à corriger.", fieldErrors };
}
