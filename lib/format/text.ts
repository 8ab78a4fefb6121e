/**
 * Text as it compares for people: lower case, without accents and with ligatures spelled out
 * ("Œuvre à Saint-Jean" → "oeuvre a saint-jean"). Punctuation is left to the caller.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss");
}
