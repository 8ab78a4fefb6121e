const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text made safe for HTML written by hand (element content and quoted attribute values alike).
 * React escapes what it renders; this is for the rare markup React does not render itself
 * (lib/reports/place-options-html.ts).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}
