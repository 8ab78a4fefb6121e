import { SectionNav } from "@/components/ui/section-nav";
import { routes } from "@/lib/routes";

const LINKS = [
  { href: routes.staff.volunteering, label: "Missions" },
  { href: routes.staff.volunteerHours, label: "Heures à valider" },
  { href: routes.staff.volunteerTotals(), label: "Bilan de l'année" },
  { href: routes.staff.volunteerActivities, label: "Activités" },
] as const;

/** The pages of Gestion › Bénévolat; a mission's own pages mark none of them. */
export function VolunteeringLinks({ current }: { current?: (typeof LINKS)[number]["href"] }) {
  return <SectionNav label="Rubriques du bénévolat" links={LINKS} current={current ?? ""} />;
}
