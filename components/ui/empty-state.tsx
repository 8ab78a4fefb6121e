import type { HTMLAttributes } from "react";

/** The "nothing here yet" block where a list, a table or a section has nothing to show. */
export function EmptyState({ className, ...props }: HTMLAttributes<HTMLParagraphElement>) {
  return <p className={`rounded-md border border-slate-300 bg-white p-4${className ? ` ${className}` : ""}`} {...props} />;
}
