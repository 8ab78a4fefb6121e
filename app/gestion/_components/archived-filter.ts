import type { ArchivedFilter } from "@/lib/employees/schemas";

/** The lists' "état" filter as the URL says it (`?etat=archives`) ↔ the queries' words. */
const FRENCH: Record<ArchivedFilter, string> = { active: "actifs", archived: "archives", all: "tous" };

export function archivedFromParam(value: string | undefined): ArchivedFilter {
  return (Object.keys(FRENCH) as ArchivedFilter[]).find((key) => FRENCH[key] === value) ?? "active";
}

export function archivedParam(filter: ArchivedFilter): string | undefined {
  return filter === "active" ? undefined : FRENCH[filter];
}

export const archivedOptions = (labels: Record<ArchivedFilter, string>) =>
  (Object.keys(FRENCH) as ArchivedFilter[]).filter((key) => key !== "active").map((key) => ({ value: FRENCH[key], label: labels[key] }));
