import Link from "next/link";
import { routes } from "@/lib/routes";

const LINKS = [
  { href: routes.staff.home, label: "Accueil" },
  { href: routes.staff.partners, label: "Partenaires" },
  { href: routes.staff.queue, label: "Signalements" },
  { href: routes.staff.figures, label: "Chiffres des signalements" },
  { href: routes.staff.newReport, label: "Saisir un signalement" },
  { href: routes.staff.categories, label: "Catégories" },
  { href: routes.staff.templates, label: "Modèles de réponse" },
  { href: routes.staff.employees, label: "Salariés" },
  { href: routes.staff.teams, label: "Équipes" },
  { href: routes.staff.workFigures, label: "Activité" },
  { href: routes.staff.territory, label: "Territoire" },
  { href: routes.staff.workOrders, label: "Interventions" },
  { href: routes.staff.planning, label: "Planning" },
  { href: routes.staff.contracts, label: "Contrats" },
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
