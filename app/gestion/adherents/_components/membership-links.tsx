import { SectionNav } from "@/components/ui/section-nav";
import { routes } from "@/lib/routes";

const LINKS = [
  { href: routes.staff.members, label: "Registre" },
  { href: routes.staff.newMembership, label: "Nouveau bulletin" },
  { href: routes.staff.membershipFees, label: "Cotisations" },
  { href: routes.staff.membershipFigures, label: "Chiffres" },
] as const;

/** The pages of Gestion › Adhérents. */
export function MembershipLinks({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return <SectionNav label="Pages des adhérents" links={LINKS} current={current} />;
}
