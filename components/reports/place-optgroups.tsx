import type { PlaceGroup } from "@/lib/reports/queries/place";

/** The territory's places as a select's option groups, one per site (the resident's and the staff's selects). */
export function PlaceOptgroups({ groups }: { groups: PlaceGroup[] }) {
  return groups.map((group) => (
    <optgroup key={group.label} label={group.label}>
      {group.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </optgroup>
  ));
}
