import Link from "next/link";
import { formatDuration } from "@/lib/format/dates";
import { StatGrid } from "@/components/ui/stat-grid";
import { PARTNER_KIND_LABELS } from "@/lib/partners/model";
import { getPublicOverview } from "@/lib/partners/queries/public";
import { FIXED_WINDOW_DAYS, getPublicFixFigures } from "@/lib/reports/queries/public";
import { routes } from "@/lib/routes";

// The same for every visitor: rendered once, refreshed in the background and when data changes.
export const revalidate = 600;

const SERVICES = [
  { title: "Entretien et propreté", text: "Nettoyage des halls, des escaliers et des abords des résidences, sortie des bacs, enlèvement des encombrants." },
  { title: "Espaces verts", text: "Tonte, taille et fleurissement des squares et des pieds d'immeubles, avec les habitants qui le souhaitent." },
  { title: "Petits travaux", text: "Peinture des parties communes, remise en état de logements, petites réparations." },
  { title: "Emploi et insertion", text: "Des habitants salariés en contrat d'insertion, accompagnés vers un emploi durable avec nos partenaires." },
  { title: "Lien social", text: "Médiation, animations de quartier, accueil à la Maison de quartier, bénévolat." },
];

export default async function HomePage() {
  const [{ partners, figures }, fixes] = await Promise.all([getPublicOverview(), getPublicFixFigures()]);
  const byKind = Object.entries(PARTNER_KIND_LABELS).map(([kind, label]) => ({
    label,
    partners: partners.filter((p) => p.kind === kind),
  }));
  return (
    <div className="space-y-10">
      <section aria-labelledby="titre-accueil" className="space-y-4 rounded-lg bg-brand-50 p-6">
        <h1 id="titre-accueil" className="text-3xl font-bold text-brand-800">
          La Régie de quartier de Bellerive
        </h1>
        <p className="max-w-prose text-lg">
          Une association où habitants, Ville, bailleurs sociaux et partenaires de l&apos;emploi gèrent ensemble le
          quartier. Nos salariés, habitants du quartier, entretiennent les résidences et les espaces publics.
        </p>
        {/* What most first visits come for, first on a phone as on a desktop. */}
        <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
          <Link href={routes.public.newReport} className="rounded-md bg-brand-700 px-5 py-3 text-center text-lg font-semibold text-white hover:bg-brand-800">
            Signaler un problème
          </Link>
          <Link href={routes.auth.signUp} className="rounded-md border border-brand-700 bg-white px-5 py-3 text-center font-semibold text-brand-800">
            Créer mon compte d&apos;habitant
          </Link>
          <Link href={routes.public.contact} className="rounded-md border border-brand-700 bg-white px-5 py-3 text-center font-semibold text-brand-800">
            Nous contacter
          </Link>
        </div>
      </section>

      <section aria-labelledby="titre-signalements" className="space-y-3">
        <h2 id="titre-signalements" className="text-2xl font-bold">Les signalements du quartier</h2>
        <StatGrid
          look="public"
          className="gap-4 sm:grid-cols-2"
          stats={[
            { label: `Problèmes réglés ces ${FIXED_WINDOW_DAYS} derniers jours`, value: fixes.fixed },
            {
              label: "Délai médian de réparation",
              value: fixes.medianSecondsToFix === null ? "Pas encore mesuré" : formatDuration(fixes.medianSecondsToFix),
            },
          ]}
        />
        <p className="text-sm text-slate-700">
          Sur les signalements publics réglés ces {FIXED_WINDOW_DAYS} derniers jours : la moitié l&apos;ont été en moins de temps que ce délai.
        </p>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Link href={routes.public.reports} className="font-semibold underline">Voir la liste des signalements</Link>
          <Link href={routes.public.reportsMap} className="font-semibold underline">Voir la carte des signalements</Link>
        </div>
      </section>

      <section aria-labelledby="titre-chiffres" className="space-y-3">
        <h2 id="titre-chiffres" className="text-2xl font-bold">Le quartier en chiffres</h2>
        <StatGrid
          look="public"
          className="grid-cols-2 gap-4 sm:grid-cols-4"
          stats={[
            { label: "Secteurs", value: figures.areas },
            { label: "Sites entretenus", value: figures.sites },
            { label: "Bâtiments", value: figures.buildings },
            { label: "Habitants inscrits", value: figures.residents },
          ]}
        />
      </section>

      <section aria-labelledby="titre-missions" className="space-y-3">
        <h2 id="titre-missions" className="text-2xl font-bold">Ce que fait la Régie</h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {SERVICES.map((s) => (
            <li key={s.title} className="rounded-lg border border-slate-300 bg-white p-4">
              <h3 className="font-semibold">{s.title}</h3>
              <p className="text-slate-700">{s.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="titre-partenaires" className="space-y-3">
        <h2 id="titre-partenaires" className="text-2xl font-bold">Nos partenaires</h2>
        <div className="grid gap-4 sm:grid-cols-3">
          {byKind.map((group) => (
            <div key={group.label}>
              <h3 className="font-semibold">{group.label}</h3>
              {group.partners.length ? (
                <ul className="list-disc pl-5 text-slate-700">
                  {group.partners.map((p) => (
                    <li key={p.name}>
                      {p.name}
                      {p.subtype ? <span className="text-slate-700"> ({p.subtype.name})</span> : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-slate-700">Aucun pour le moment.</p>
              )}
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="titre-participer" className="space-y-2">
        <h2 id="titre-participer" className="text-2xl font-bold">Participer</h2>
        <p className="max-w-prose">
          Habitant du quartier ? Créez votre compte pour suivre la vie du quartier. Pour adhérer à l&apos;association,
          devenir bénévole ou postuler à un emploi, passez nous voir à la Maison de quartier ou{" "}
          <Link href={routes.public.contact} className="underline">écrivez-nous</Link>.
        </p>
      </section>
    </div>
  );
}
