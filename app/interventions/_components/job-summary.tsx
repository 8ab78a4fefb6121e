import type { MyWorkOrder } from "@/lib/work-orders/queries/employee";

/** "08:30", from minutes after midnight (Paris time); null: any time of the day. */
export function clock(minutes: number | null): string {
  if (minutes === null) return "Dans la journée";
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** "Résidence Les Tilleuls, bâtiment B", and the street address of the most precise level. */
export function placeOf(job: Pick<MyWorkOrder, "site" | "building" | "address">) {
  const name = [job.site?.name, job.building?.name].filter(Boolean).join(", ") || null;
  const street = job.building?.address ?? job.site?.address ?? null;
  return { name, street, detail: job.address };
}

/** The access notes of the site and of the building, which the team needs to get in. */
export function AccessNotes({ job }: { job: Pick<MyWorkOrder, "site" | "building"> }) {
  const notes = [job.site?.accessNotes, job.building?.accessNotes].filter((note): note is string => !!note);
  if (!notes.length) return null;
  return (
    <p className="text-sm">
      <span className="font-semibold">Accès : </span>
      {notes.join(" — ")}
    </p>
  );
}
