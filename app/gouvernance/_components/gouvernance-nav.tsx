import { SectionNav } from "@/components/ui/section-nav";
import { routes } from "@/lib/routes";

const LINKS = [
  { href: routes.governance.home, label: "Accueil" },
  { href: routes.governance.dashboard, label: "Tableau de bord" },
  { href: routes.governance.meetings, label: "Réunions" },
  { href: routes.governance.bodies, label: "Instances et mandats" },
  { href: routes.governance.statutes, label: "Statuts" },
] as const;

/** The board space's sections. */
export function GouvernanceNav({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return <SectionNav label="Rubriques de la gouvernance" links={LINKS} current={current} />;
}
