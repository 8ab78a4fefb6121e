/**
 * A stored photo (a report's, a job's) is shown as its preview, a few tens of kB, and opened full
 * size by a link: its route answers `?taille=apercu` with the preview (lib/storage/photo-preview.ts).
 * A list of reports on a phone would otherwise fetch each photo at 1,600 px for a 6rem thumbnail.
 * No server code here: the public cards, client components, build their addresses with it.
 */
export const PHOTO_SIZE_PARAM = "taille";
export const PHOTO_PREVIEW = "apercu";

/** The preview's address of a photo served at `src` (a photo route, without a query). */
export function photoPreviewSrc(src: string): string {
  return `${src}?${PHOTO_SIZE_PARAM}=${PHOTO_PREVIEW}`;
}
