/**
 * A select's options from a table of labels (`PRIORITY_LABELS`, …): the values are the enum's
 * own, so a filter or a form sends back what its schema expects. In the table's order, or in the
 * order (and subset) of `values` when the domain lists its states in an order of its own.
 */
export function enumOptions<V extends string>(labels: Record<V, string>, values: readonly V[] = Object.keys(labels) as V[]): { value: V; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
