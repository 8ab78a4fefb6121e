import { routes } from "@/lib/routes";

type Photo = { id: string; width: number; height: number };

/** One report photo, served by the authorized photo route (not the image optimizer). */
export function ReportPhotoImage({ photo, index }: { photo: Photo; index: number }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- served by an authorized route, not the image optimizer
    <img
      src={routes.api.photo(photo.id)}
      alt={`Photo ${index + 1} du signalement`}
      width={photo.width}
      height={photo.height}
      loading="lazy"
      className="h-auto w-full rounded-md border border-slate-300"
    />
  );
}

/** The photos a reader may see (the query decides which), each opening full size. */
export function ReportPhotoGallery({ photos }: { photos: Photo[] }) {
  if (!photos.length) return null;
  return (
    <section aria-labelledby="titre-photos" className="space-y-2">
      <h2 id="titre-photos" className="text-xl font-semibold">Photos</h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <a href={routes.api.photo(photo.id)}>
              <ReportPhotoImage photo={photo} index={index} />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
