import Link from "next/link";
import { getPublicOverview, PARTNER_KIND_LABELS } from "@/lib/partners/queries";

// The same for every visitor: rendered once, refreshed in the background and when data changes.
export const revalidate = 600;

const SERVICES = [
  { title: "Entretien et propreté", text: "Nettoyage des halls, des escaliers et des abords des résidences, sortie des bacs, enlèvement des encombrants." },
  { title: "Espaces verts", text: "Tonte, taille et fleurissement des squares et des pieds d'immeubles, avec les habitants qui le souhaitent." },
  { title: "Petits travaux", text: "Peinture des parties communes, remise en état de logements, petites réparations." },
  { title: "Emploi et insertion", text: "Des habitants salariés en contrat d'insertion, accompagnés vers un emploi durable avec nos partenaires." },
  { title: "Lien social", text: "Médiation, animations de quartier, accueil à la Maison de quartier, bénévolat." },
];

const numberFormat = new Intl.NumberFormat("fr-FR");

export default async function HomePage() {
  const { partners, figures } = await getPublicOverview();
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
        <div className="flex flex-wrap gap-3">
          <Link href="/inscription" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Créer mon compte d&apos;habitant
          </Link>
          <Link href="/contact" className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800">
            Nous contacter
          </Link>
        </div>
      </section>

      <section aria-labelledby="titre-chiffres" className="space-y-3">
        <h2 id="titre-chiffres" className="text-2xl font-bold">Le quartier en chiffres</h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {[
            ["Secteurs", figures.areas],
            ["Sites entretenus", figures.sites],
            ["Bâtiments", figures.buildings],
            ["Habitants inscrits", figures.residents],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg border border-slate-300 bg-white p-4">
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="text-2xl font-bold text-brand-800">{numberFormat.format(Number(value))}</dd>
            </div>
          ))}
        </dl>
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
                      {p.label ? <span className="text-slate-700"> ({p.label})</span> : null}
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
          <Link href="/contact" className="underline">écrivez-nous</Link>.
        </p>
      </section>
    </div>
  );
}
