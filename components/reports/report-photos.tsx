import { PhotoGrid, StoredPhoto } from "@/components/ui/stored-photo";
import { routes } from "@/lib/routes";

type Photo = { id: string; width: number; height: number };

const reportPhoto = (photo: Photo, index: number) => ({ ...photo, src: routes.api.photo(photo.id), alt: `Photo ${index + 1} du signalement` });

/** One report photo, served by the authorized photo route. */
export function ReportPhotoImage({ photo, index }: { photo: Photo; index: number }) {
  return <StoredPhoto photo={reportPhoto(photo, index)} />;
}

/** The photos a reader may see (the query decides which), each opening full size. */
export function ReportPhotoGallery({ photos }: { photos: Photo[] }) {
  if (!photos.length) return null;
  return (
    <section aria-labelledby="titre-photos" className="space-y-2">
      <h2 id="titre-photos" className="text-xl font-semibold">Photos</h2>
      <PhotoGrid photos={photos.map(reportPhoto)} />
    </section>
  );
}
