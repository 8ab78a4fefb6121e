/**
 * FormData → plain object for zod. Keys added by React/Next for progressive enhancement
 * (`$ACTION_…`) are dropped; a key sent several times becomes an array.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    // Own keys only, and defined rather than assigned: a field named "__proto__" or
    // "constructor" stays plain data (which strict schemas then refuse), never the prototype.
    const existing = Object.hasOwn(out, key) ? out[key] : undefined;
    const next = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
