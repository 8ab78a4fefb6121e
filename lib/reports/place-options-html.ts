import { escapeHtml } from "@/lib/format/html";
import { MAP_POINT_PLACE } from "@/lib/reports/place-ref";
import type { PlaceGroup } from "@/lib/reports/queries/place";

/**
 * The place select's options as HTML, written once by the server. The territory has well over a
 * thousand places: rendered as React elements, each was sent twice (in the HTML and as an element
 * of the page's RSC payload) and hydrated one by one on the phone, a long task of its own. As the
 * select's inner HTML they are one string that React neither diffs nor hydrates, and the search
 * (components/reports/place-select.tsx) reads them back from the DOM.
 */
export function placeOptionsHtml(groups: PlaceGroup[], { mapChoice = false }: { mapChoice?: boolean } = {}): string {
  const option = (value: string, label: string) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  const parts = [option("", "Choisir un lieu")];
  for (const group of groups) {
    parts.push(`<optgroup label="${escapeHtml(group.label)}">`, ...group.options.map((o) => option(o.value, o.label)), "</optgroup>");
  }
  if (mapChoice) parts.push(option(MAP_POINT_PLACE, "Pas dans la liste : je placerai un point sur une carte"));
  return parts.join("");
}

/**
 * The same HTML with `value` selected, for the server's HTML (without JavaScript, or after a
 * refusal) and for the form's reset: React does not mark the options of an inner HTML itself.
 * Runs on both sides, so hydration sees the same string.
 */
export function withSelectedPlace(html: string, value: string | undefined): string {
  if (!value) return html;
  const attribute = `<option value="${escapeHtml(value)}">`;
  const at = html.indexOf(attribute);
  if (at < 0) return html;
  return `${html.slice(0, at)}<option value="${escapeHtml(value)}" selected>${html.slice(at + attribute.length)}`;
}
