import { SectionNav } from "@/components/ui/section-nav";
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
  { href: routes.staff.members, label: "Adhérents" },
  { href: routes.staff.volunteering, label: "Bénévolat" },
] as const;

/** The back office's sections. */
export function GestionNav({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return <SectionNav label="Rubriques de la gestion" links={LINKS} current={current} />;
}
