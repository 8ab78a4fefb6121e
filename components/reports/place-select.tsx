import type { PlaceGroup } from "@/lib/reports/queries";

/** The territory's sites, buildings and entrances in one select, grouped by site. */
export function PlaceSelect({
  id = "place",
  name,
  groups,
  defaultValue,
  errors,
}: {
  id?: string;
  name: string;
  groups: PlaceGroup[];
  defaultValue?: string;
  errors?: string[];
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        Lieu du problème
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        Choisissez la résidence, le bâtiment ou l&apos;entrée. Sur ordinateur, tapez les premières lettres du nom pour aller plus vite.
      </p>
      <select
        id={id}
        name={name}
        required
        defaultValue={defaultValue ?? ""}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[`${id}-hint`, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ")}
        className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm aria-[invalid=true]:border-red-700"
      >
        <option value="">Choisir un lieu</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
