import Link from "next/link";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { routes } from "@/lib/routes";
import { GestionNav } from "./gestion-nav";

type Section = Parameters<typeof GestionNav>[0]["current"];
type NavLink = { href: string; label: string };

/**
 * The frame of a back-office page that sits in a section (teams, employees, work figures,
 * territory, contracts): where it is (breadcrumbs from Gestion, or one link back), its heading,
 * the sections, and the confirmation of the change the page was redirected from.
 */
export function SectionFrame({
  title,
  intro,
  section,
  notice,
  children,
  ...where
}: {
  title: string;
  intro?: ReactNode;
  section: Section;
  notice?: string;
  children: ReactNode;
} & (
  | {
      /** The way from Gestion to this page; the page itself (`title`) ends it. */
      crumbs: NavLink[];
      back?: never;
    }
  | {
      /** A single way back ("← Retour aux contrats"), where the pages are reached from one record. */
      back: NavLink;
      crumbs?: never;
    }
)) {
  return (
    <>
      {where.back ? (
        <p className="mb-2">
          <Link href={where.back.href} className="text-brand-800 underline underline-offset-2">
            ← {where.back.label}
          </Link>
        </p>
      ) : (
        <Breadcrumbs items={[{ href: routes.staff.home, label: "Gestion" }, ...where.crumbs, { label: title }]} />
      )}
      <PageHeader title={title} intro={intro} />
      <GestionNav current={section} />
      {notice ? <SuccessNotice className="mb-4">{notice}</SuccessNotice> : null}
      <div className="space-y-6">{children}</div>
    </>
  );
}
