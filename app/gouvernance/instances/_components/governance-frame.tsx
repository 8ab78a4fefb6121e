import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { routes } from "@/lib/routes";
import { GouvernanceNav } from "../../_components/gouvernance-nav";

type Section = Parameters<typeof GouvernanceNav>[0]["current"];

/**
 * The frame of the bodies' and statutes' pages: breadcrumbs from Gouvernance, the one heading,
 * the board space's sections, and the confirmation of the change the page was redirected from.
 */
export function GovernanceFrame({
  title,
  intro,
  section,
  crumbs = [],
  notice,
  children,
}: {
  title: string;
  intro?: ReactNode;
  section: Section;
  crumbs?: { href: string; label: string }[];
  notice?: string;
  children: ReactNode;
}) {
  return (
    <>
      <Breadcrumbs items={[{ href: routes.governance.home, label: "Gouvernance" }, ...crumbs, { label: title }]} />
      <PageHeader title={title} intro={intro} />
      <GouvernanceNav current={section} />
      {notice ? <SuccessNotice className="mb-4">{notice}</SuccessNotice> : null}
      <div className="space-y-6">{children}</div>
    </>
  );
}
