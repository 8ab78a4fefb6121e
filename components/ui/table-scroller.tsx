import type { ReactNode } from "react";
import { tableWrapperClass } from "@/components/ui/styles";

/**
 * The box a table of figures scrolls sideways in on a phone. A table with no link or button in it
 * gives a keyboard nothing to reach the box by, so the box itself is a named, focusable region
 * (axe "scrollable-region-focusable"; WCAG 2.1.1). Tables of records (DataTable) hold links and
 * scroll with them, unless they say `withoutLinks`.
 */
export function TableScroller({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={`${tableWrapperClass} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700`} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
