import { FieldShell, controlClass, describedBy } from "@/components/ui/field";
import type { PlaceGroup } from "@/lib/reports/queries";

const HINT = "Choisissez la résidence, le bâtiment ou l'entrée. Sur ordinateur, tapez les premières lettres du nom pour aller plus vite.";

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
    <FieldShell id={id} label="Lieu du problème" hint={HINT} errors={errors}>
      <select
        key={defaultValue ?? ""}
        id={id}
        name={name}
        required
        defaultValue={defaultValue ?? ""}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, HINT, errors)}
        className={controlClass}
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
    </FieldShell>
  );
}
