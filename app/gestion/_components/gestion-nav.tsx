import Link from "next/link";

const LINKS = [
  { href: "/gestion", label: "Territoire" },
  { href: "/gestion/partenaires", label: "Partenaires" },
  { href: "/gestion/signalements", label: "Signalements" },
  { href: "/gestion/signalements/chiffres", label: "Chiffres des signalements" },
  { href: "/gestion/signalements/nouveau", label: "Saisir un signalement" },
  { href: "/gestion/categories", label: "Catégories" },
  { href: "/gestion/modeles-de-reponse", label: "Modèles de réponse" },
] as const;

/** The back office's sections; the current one is marked for assistive technologies. */
export function GestionNav({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return (
    <nav aria-label="Rubriques de la gestion" className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
              className="inline-block rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-50 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
