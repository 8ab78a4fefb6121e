/** A page's query string as Next gives it: a parameter repeated (?q=a&q=b) comes as an array. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** One parameter's value; a repeated parameter keeps its first. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Every parameter's first value, for a zod schema of the page's filter. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, firstValue(value)]));
}
