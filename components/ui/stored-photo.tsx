import { photoPreviewSrc } from "@/lib/storage/photo-size";

/**
 * A photo kept by the Régie (a report's, a job's), served by an authorized route handler: a plain
 * <img>, since the image optimizer would fetch and cache it outside that check; sized by its stored
 * dimensions so the page does not jump as it loads. No "use client", and nothing that needs one:
 * server and client components alike can show it. `src` is the photo's route; the page shows its
 * preview (lib/storage/photo-size.ts), at most 480 px, and links open the photo itself.
 */
type Photo = { src: string; alt: string; width: number; height: number };

/** The photo's preview at the width of its box, or as a thumbnail 6rem high. */
export function StoredPhoto({ photo, thumbnail = false }: { photo: Photo; thumbnail?: boolean }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- served by an authorized route handler, not the image optimizer
    <img
      src={photoPreviewSrc(photo.src)}
      alt={photo.alt}
      width={photo.width}
      height={photo.height}
      loading="lazy"
      className={`${thumbnail ? "h-24 w-auto" : "h-auto w-full"} rounded-md border border-slate-300`}
    />
  );
}

/** Photos in a grid, two or three a row, each opening full size. */
export function PhotoGrid({ photos }: { photos: readonly (Photo & { id: string })[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {photos.map((photo) => (
        <li key={photo.id}>
          <a href={photo.src} className="block">
            <StoredPhoto photo={photo} />
          </a>
        </li>
      ))}
    </ul>
  );
}
