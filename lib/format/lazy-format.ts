/**
 * An Intl format built on first use, then kept. Building one costs about a millisecond on a phone
 * (more with a time zone), and a page that formats dates in a client component would otherwise
 * build every format of the module while its scripts load, before the page can respond.
 */
export function lazyFormat<T>(make: () => T): () => T {
  let format: T | undefined;
  return () => (format ??= make());
}
