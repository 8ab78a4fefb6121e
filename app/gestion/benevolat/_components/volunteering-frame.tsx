import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { SectionNav } from "@/components/ui/section-nav";
import { SuccessNotice } from "@/components/ui/success-notice";
import { routes } from "@/lib/routes";

const LINKS = [
  { href: routes.staff.volunteering, label: "Missions" },
  { href: routes.staff.volunteerHours, label: "Heures à valider" },
  { href: routes.staff.volunteerTotals(), label: "Bilan de l'année" },
  { href: routes.staff.volunteerActivities, label: "Activités" },
] as const;

/**
 * The frame of the volunteering pages of Gestion: where it is (breadcrumbs from Gestion), its
 * heading, the volunteering's own sections, and the confirmation of the last change. (The back
 * office's menu links here once wired in gestion-nav.tsx.)
 */
export function VolunteeringFrame({
  title,
  intro,
  current,
  crumbs = [],
  notice,
  children,
}: {
  title: string;
  intro?: ReactNode;
  current: (typeof LINKS)[number]["href"] | null;
  crumbs?: { href: string; label: string }[];
  notice?: string;
  children: ReactNode;
}) {
  const trail = current === routes.staff.volunteering && crumbs.length === 0 ? [] : [{ href: routes.staff.volunteering, label: "Bénévolat" }, ...crumbs];
  return (
    <>
      <Breadcrumbs items={[{ href: routes.staff.home, label: "Gestion" }, ...trail, { label: title }]} />
      <PageHeader title={title} intro={intro} />
      <SectionNav label="Rubriques du bénévolat" links={LINKS} current={current ?? ""} />
      {notice ? <SuccessNotice className="mb-4">{notice}</SuccessNotice> : null}
      <div className="space-y-6">{children}</div>
    </>
  );
}
