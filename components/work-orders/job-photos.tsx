import { EmptyState } from "@/components/ui/empty-state";
import { PhotoGrid } from "@/components/ui/stored-photo";
import { PHOTO_KINDS, PHOTO_KIND_LABELS } from "@/lib/work-orders/employee-schemas";

type JobPhoto = { id: string; kind: (typeof PHOTO_KINDS)[number]; width: number; height: number };

/**
 * A job's photos, "before" then "after", each opening full size. `src` is the photo's address on
 * the route of the reader's space (staff and employees: /api/interventions/photos; a partner: its
 * job's photos), which checks again who may see it.
 */
export function JobPhotos({ photos, src }: { photos: readonly JobPhoto[]; src: (photoId: string) => string }) {
  if (photos.length === 0) return <EmptyState>Aucune photo pour cette intervention.</EmptyState>;
  return PHOTO_KINDS.map((kind) => {
    const ofKind = photos.filter((photo) => photo.kind === kind);
    if (ofKind.length === 0) return null;
    const label = PHOTO_KIND_LABELS[kind].toLowerCase();
    return (
      <div key={kind} className="space-y-2">
        <h3 className="text-lg font-semibold">{PHOTO_KIND_LABELS[kind]}</h3>
        <PhotoGrid
          photos={ofKind.map((photo, index) => ({ ...photo, src: src(photo.id), alt: `Photo ${label} l'intervention, ${index + 1} sur ${ofKind.length}` }))}
        />
      </div>
    );
  });
}
