import type { MyWorkOrder } from "@/lib/work-orders/queries/employee";

/** "Résidence Les Tilleuls, bâtiment B", and the street address of the most precise level. */
export function placeOf(job: Pick<MyWorkOrder, "site" | "building" | "address">) {
  const name = [job.site?.name, job.building?.name].filter(Boolean).join(", ") || null;
  const street = job.building?.address ?? job.site?.address ?? null;
  return { name, street, detail: job.address };
}

/** The access notes of the site and of the building, which the team needs to get in (the job's page). */
export function AccessNotes({ job }: { job: Pick<MyWorkOrder, "site" | "building"> }) {
  const notes = accessNotesOf(job);
  if (!notes) return null;
  return (
    <p className="text-sm">
      <span className="font-semibold">Accès : </span>
      {notes}
    </p>
  );
}

/** Those notes in a line, "Code 4521B — clé chez le gardien", or null. */
export function accessNotesOf(job: Pick<MyWorkOrder, "site" | "building">): string | null {
  const notes = [job.site?.accessNotes, job.building?.accessNotes].filter((note): note is string => !!note);
  return notes.length ? notes.join(" — ") : null;
}
