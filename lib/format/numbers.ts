import { lazyFormat } from "@/lib/format/lazy-format";

/** Numbers as people in the Régie read them: French digit grouping and decimal comma. */
const numberFormat = lazyFormat(() => new Intl.NumberFormat("fr-FR"));
const tenthFormat = lazyFormat(() => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }));
const euroFormat = lazyFormat(() => new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }));
// Five decimals of a degree: about a metre, what a point picked on a phone map can mean.
const coordinateFormat = lazyFormat(() => new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 5, maximumFractionDigits: 5 }));

/** "1 234", "0,5": a count or an amount. */
export function formatNumber(value: number): string {
  return numberFormat().format(value);
}

/** "12 500,50 €": euro cents as French readers expect them. */
export function formatEuros(cents: number): string {
  return euroFormat().format(cents / 100);
}

/** "12,5": a measure shown to a tenth (a median delay). */
export function formatTenth(value: number): string {
  return tenthFormat().format(value);
}

/** "47,39412": a latitude or a longitude. */
export function formatCoordinate(value: number): string {
  return coordinateFormat().format(value);
}

/**
 * French agreement: below two is singular ("0 signalement", "1 signalement", "1,5 heure"), two and
 * more is plural. The word or phrase for a count, without the count: "sites" for 3.
 */
export function pluralForm(count: number, one: string, many: string): string {
  return Math.abs(count) >= 2 ? many : one;
}

/** A count and its noun, agreed: plural(3, "signalement", "signalements") → "3 signalements". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${pluralForm(count, one, many)}`;
}
