import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { routes } from "@/lib/routes";
import { GestionNav } from "./gestion-nav";

type Section = Parameters<typeof GestionNav>[0]["current"];

/**
 * The frame of a back-office page that sits in a section (teams, employees, work figures):
 * where it is (breadcrumbs from Gestion), its heading, the sections, and the confirmation of the
 * change the page was redirected from.
 */
export function SectionFrame({
  title,
  intro,
  section,
  crumbs,
  notice,
  children,
}: {
  title: string;
  intro?: ReactNode;
  section: Section;
  /** The way from Gestion to this page; the page itself (`title`) ends it. */
  crumbs: { href: string; label: string }[];
  notice?: string;
  children: ReactNode;
}) {
  return (
    <>
      <Breadcrumbs items={[{ href: routes.staff.home, label: "Gestion" }, ...crumbs, { label: title }]} />
      <PageHeader title={title} intro={intro} />
      <GestionNav current={section} />
      {notice ? <SuccessNotice className="mb-4">{notice}</SuccessNotice> : null}
      <div className="space-y-6">{children}</div>
    </>
  );
}

