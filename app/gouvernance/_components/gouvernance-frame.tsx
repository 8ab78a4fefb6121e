import Link from "next/link";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { routes } from "@/lib/routes";
import { GouvernanceNav } from "./gouvernance-nav";

type Section = Parameters<typeof GouvernanceNav>[0]["current"];
type NavLink = { href: string; label: string };

/**
 * The frame of a board-space page: where it is (breadcrumbs from Gouvernance, or one link back),
 * its heading, the sections, and the confirmation of the change the page was redirected from.
 */
export function GouvernanceFrame({
  title,
  intro,
  section,
  notice,
  crumbs,
  back,
  children,
}: {
  title: string;
  intro?: ReactNode;
  section: Section;
  notice?: string;
  crumbs?: NavLink[];
  back?: NavLink;
  children: ReactNode;
}) {
  return (
    <>
      {back ? (
        <p className="mb-2">
          <Link href={back.href} className="text-brand-800 underline underline-offset-2">
            ← {back.label}
          </Link>
        </p>
      ) : (
        <Breadcrumbs items={[{ href: routes.governance.home, label: "Gouvernance" }, ...(crumbs ?? []), { label: title }]} />
      )}
      <PageHeader title={title} intro={intro} />
      <GouvernanceNav current={section} />
      {notice ? <SuccessNotice className="mb-4">{notice}</SuccessNotice> : null}
      <div className="space-y-6">{children}</div>
    </>
  );
}
