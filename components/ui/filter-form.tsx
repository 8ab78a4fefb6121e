import Form from "next/form";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/styles";

/**
 * The filters above a list: a GET form (its values land in the URL, so it works without
 * JavaScript and a filtered list can be linked to), its fields, the button, and once a filter is
 * set, a link back to the whole list. `columns` lays the fields and the buttons out on a row.
 */
export function FilterForm({
  action,
  label,
  columns,
  filtered,
  submitLabel = "Filtrer",
  resetLabel = "Tout afficher",
  children,
}: {
  action: string;
  /** The search landmark's name, for screen readers. */
  label: string;
  columns: string;
  filtered: boolean;
  submitLabel?: string;
  resetLabel?: string;
  children: ReactNode;
}) {
  return (
    <Form action={action} role="search" aria-label={label} className={`mb-6 grid gap-4 rounded-md border border-slate-300 bg-white p-4 sm:items-end ${columns}`}>
      {children}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={buttonClass("primary")}>
          {submitLabel}
        </button>
        {filtered ? (
          <Link href={action} className={buttonClass("secondary")}>
            {resetLabel}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
