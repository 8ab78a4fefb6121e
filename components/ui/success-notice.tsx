import type { ReactNode } from "react";

/** A confirmation ("Signalement enregistré", "Catégorie créée"), announced to screen readers. */
export function SuccessNotice({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <p role="status" className={`rounded-md border border-green-700 bg-green-50 px-3 py-2 text-green-900 ${className}`.trim()}>{children}</p>;
}
