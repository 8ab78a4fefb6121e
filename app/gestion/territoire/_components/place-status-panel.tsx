import { LEVEL_WORDS, agreed, capitalize, isUnused, placeInUse, type PlaceLevel, type PlaceUsage } from "@/lib/territory/model";
import { ConfirmedActionForm, RowActionForm } from "@/components/ui/action-forms";
import { deletePlaceAction, setPlaceArchivedAction } from "../actions";
import { Panel } from "@/components/ui/panel";

/**
 * Archive or un-archive a place, and delete it while nothing points at it (the command counts again
 * in its transaction): the way out of the territory for every level.
 */
export function PlaceStatusPanel({
  level,
  place,
  usage,
  archivedAbove,
}: {
  level: PlaceLevel;
  place: { id: string; name: string; version: number; archivedAt: Date | null };
  usage: PlaceUsage;
  /** The archived place above this one, if any: it must come back first. */
  archivedAbove?: string;
}) {
  const w = LEVEL_WORDS[level];
  const fields = { level, id: place.id, version: String(place.version) };
  const archived = place.archivedAt !== null;
  return (
    <Panel id="titre-archiver" title={archived ? `Réactiver ou supprimer ${w.this}` : `Archiver ou supprimer ${w.this}`}>
      {archived ? (
        archivedAbove ? (
          <p>
            {agreed(level, "Archivé")}, et {archivedAbove} au-dessus l&apos;est aussi : réactivez-le d&apos;abord.
          </p>
        ) : (
          <>
            <p>{capitalize(w.this)} est {agreed(level, "archivé")} : {w.feminine ? "elle" : "il"} n&apos;est proposé{w.feminine ? "e" : ""} nulle part. Réactivé{w.feminine ? "e" : ""}, {w.feminine ? "elle" : "il"} le sera de nouveau.</p>
            <RowActionForm action={setPlaceArchivedAction} fields={{ ...fields, archived: "false" }}>
              Réactiver{<span className="sr-only"> « {place.name} »</span>}
            </RowActionForm>
          </>
        )
      ) : (
        <>
          <p>
            {agreed(level, "Archivé")}, {w.feminine ? "elle" : "il"} n&apos;est plus {agreed(level, "proposé")} dans les formulaires (signalement, inscription,
            filtres publics), ni ce qui est en dessous ; les signalements et interventions qui y renvoient gardent son nom.
          </p>
          <RowActionForm action={setPlaceArchivedAction} fields={{ ...fields, archived: "true" }}>
            Archiver{<span className="sr-only"> « {place.name} »</span>}
          </RowActionForm>
        </>
      )}
      {isUnused(usage) ? (
        <>
          <p>Rien n&apos;y renvoie : {w.feminine ? "elle" : "il"} peut être {agreed(level, "supprimé")}. La suppression est définitive.</p>
          <ConfirmedActionForm
            id="suppression"
            action={deletePlaceAction}
            fields={fields}
            confirm={`Oui, supprimer définitivement ${w.the} « ${place.name} »`}
            buttonLabel={`Supprimer ${w.this}`}
            variant="danger"
            pendingLabel="Suppression…"
          />
        </>
      ) : (
        <p className="text-slate-700">{placeInUse(level, usage)}</p>
      )}
    </Panel>
  );
}
