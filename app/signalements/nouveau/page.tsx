import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { readRefusal, REFUSAL_COOKIE } from "@/lib/reports/form-refusal";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { EmergencyNumbers } from "@/components/reports/emergency-numbers";
import { PlaceSelect } from "@/components/reports/place-select";
import { ReportForm } from "@/components/reports/report-form";
import { pageActor } from "@/lib/auth/guard";
import { listReportCategories } from "@/lib/report-catalog/active";
import { findSimilarOpenReports } from "@/lib/reports/queries/author";
import { listPlaceOptions } from "@/lib/reports/queries/place";
import { MAP_POINT_PLACE, parsePlace } from "@/lib/reports/place-ref";
import { reportDraftSearchSchema } from "@/lib/reports/schemas";
import { REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { mapTileUrl } from "@/lib/map-tiles";
import { getTerritoryBounds } from "@/lib/territory/queries";
import { SupportButton } from "./_components/support-button";
import { SuccessNotice } from "@/components/ui/success-notice";
import { formatLongDay } from "@/lib/format/dates";
import { plural, pluralForm } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Signaler un problème" };

type SearchParams = Promise<{ categorie?: string; lieu?: string; soutenu?: string; modifier?: string; refus?: string }>;

/**
 * Two steps that work without JavaScript: 1. category and place (a GET form), 2. the open reports
 * of that category at that place ("moi aussi"), then the report itself.
 */
export default async function NewReportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await pageActor("reports:create", routes.public.newReport);
  if (!actor) return <AccessDenied signedIn />;
  const params = await searchParams;
  const draft = reportDraftSearchSchema.parse(params);
  const [categories, places, bounds] = await Promise.all([listReportCategories(), listPlaceOptions(), getTerritoryBounds()]);
  const supported = /^\d{1,9}$/.test(params.soutenu ?? "") ? params.soutenu : null;

  const category = categories.find((c) => c.id === draft.categoryId);
  // Not in the list: the point on the map will say where (only when the territory has coordinates).
  const mapOnly = draft.place === MAP_POINT_PLACE && !!bounds;
  const placeOption = mapOnly ? { value: MAP_POINT_PLACE, label: "Un point à placer sur la carte" } : places.flatMap((g) => g.options).find((o) => o.value === draft.place);
  const place = placeOption && !mapOnly ? parsePlace(placeOption.value) : null;

  if (!category || !placeOption || (!place && !mapOnly) || params.modifier) {
    const incomplete = (params.categorie !== undefined || params.lieu !== undefined) && !supported && !params.modifier;
    return (
      <div className="max-w-2xl space-y-6">
        <PageHeader title="Signaler un problème" intro="Étape 1 sur 2 : dites-nous quoi et où. Nous vérifions ensuite si le problème est déjà signalé." />
        {supported ? (
          <SuccessNotice>
            Merci : vous soutenez le signalement n° {supported}. Vous serez informé(e) de son avancement.
          </SuccessNotice>
        ) : null}
        <p className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-950">
          En cas de danger immédiat, appelez le <a href="tel:112" className="font-semibold underline">112</a>.
        </p>
        {incomplete ? (
          <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900">
            Choisissez une catégorie et un lieu dans les listes.
          </p>
        ) : null}
        <form method="get" action={routes.public.newReport} className="space-y-5">
          <div className="space-y-1">
            <label htmlFor="categorie" className="block text-sm font-medium text-slate-900">
              Catégorie
            </label>
            <select
              id="categorie"
              name="categorie"
              required
              defaultValue={category?.id ?? ""}
              aria-describedby="categorie-hint"
              className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm"
            >
              <option value="">Choisir une catégorie</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.isDanger ? `${c.name} (danger)` : c.name}
                </option>
              ))}
            </select>
            <details id="categorie-hint" className="text-sm text-slate-700">
              <summary className="cursor-pointer underline">Aide pour choisir la catégorie</summary>
              <dl className="mt-2 space-y-2">
                {categories.map((c) => (
                  <div key={c.id}>
                    <dt className="font-semibold">{c.name}</dt>
                    <dd>{c.guidance}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </div>
          <PlaceSelect id="lieu" name="lieu" groups={places} defaultValue={placeOption?.value} mapChoice={!!bounds} />
          <button type="submit" className="inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-base font-semibold text-white hover:bg-brand-800">
            Vérifier et continuer
          </button>
        </form>
      </div>
    );
  }

  // « Moi aussi » needs a place of the list: a point alone has no neighbours to compare with.
  const similar = place ? await findSimilarOpenReports(actor, category.id, place) : [];
  const changeHref = routes.public.newReportChange({ categoryId: category.id, place: placeOption.value });
  return (
    <div className="max-w-2xl space-y-6">
      {category.isDanger ? <EmergencyNumbers /> : null}
      <PageHeader title="Signaler un problème" intro="Étape 2 sur 2 : décrivez le problème." />
      <section aria-labelledby="titre-choix" className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="titre-choix" className="text-lg font-semibold">Votre choix</h2>
        <p>
          <strong>{category.name}</strong> — {placeOption.label}
        </p>
        <p className="text-slate-700">{category.guidance}</p>
        <p>
          <Link href={changeHref} className="underline">Changer la catégorie ou le lieu</Link>
        </p>
      </section>

      {similar.length ? (
        <section aria-labelledby="titre-similaires" className="space-y-3">
          <h2 id="titre-similaires" className="text-xl font-semibold">Déjà signalé ici ?</h2>
          <p>
            {pluralForm(similar.length, "Un signalement en cours correspond", `${similar.length} signalements en cours correspondent`)} à cette catégorie et à ce lieu.
            Si c&apos;est le même problème, dites « moi aussi » plutôt que d&apos;en créer un nouveau : vous serez informé(e) de son avancement.
          </p>
          <ul className="space-y-3">
            {similar.map((r) => (
              <li key={r.id} className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
                <p className="font-semibold">
                  Signalement n° {r.number} — {REPORT_STATUS_LABELS[r.status]}
                </p>
                <p className="text-sm text-slate-700">
                  {r.place} · signalé le {formatLongDay(r.createdAt)} · {plural(r.supporterCount, "soutien", "soutiens")}
                </p>
                <p className="whitespace-pre-line">{r.text ?? "Description en cours de relecture par la Régie."}</p>
                {r.mine ? (
                  <p>
                    C&apos;est votre signalement. <Link href={routes.mine.report(r.id)} className="underline">Voir son suivi</Link>
                  </p>
                ) : r.supported ? (
                  <p className="font-medium text-green-900">Vous soutenez déjà ce signalement.</p>
                ) : (
                  <SupportButton reportId={r.id} number={r.number} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="titre-formulaire" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
        <h2 id="titre-formulaire" className="text-xl font-semibold">
          {similar.length ? "Ce n'est pas le même problème ? Créer un nouveau signalement" : "Votre signalement"}
        </h2>
        <ReportForm
          formName="habitant"
          idempotencyKey={randomUUID()}
          chosen={{ categoryId: category.id, place: mapOnly ? "" : placeOption.value }}
          map={{ tileUrl: mapTileUrl(), bounds }}
          submitLabel={similar.length ? "Créer quand même" : "Envoyer le signalement"}
          refusal={readRefusal((await cookies()).get(REFUSAL_COOKIE)?.value, "habitant", params.refus)}
        />
      </section>
    </div>
  );
}
