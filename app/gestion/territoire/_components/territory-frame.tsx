import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { Breadcrumbs } from "@/app/admin/_components/breadcrumbs";
import { pageActor } from "@/lib/auth/guard";
import { idSchema } from "@/lib/core/schemas";
import { routes } from "@/lib/routes";
import { GestionNav } from "../../_components/gestion-nav";

/**
 * The frame of every territory page: heading, the back office's navigation, where the page sits
 * (Territoire › secteur › site › bâtiment, each a link back) and the last change's confirmation.
 */
export function TerritoryFrame({
  title,
  intro,
  crumbs,
  notice,
  children,
}: {
  title: string;
  intro?: ReactNode;
  /** The places above this page's, from the territory down; the page itself is added last. */
  crumbs: { href: string; label: string }[];
  notice?: string;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} intro={intro} />
      <GestionNav current={routes.staff.territory} />
      <Breadcrumbs items={[{ href: routes.staff.territory, label: "Territoire" }, ...crumbs, { label: title }]} />
      {notice ? <SuccessNotice className="mb-4">{notice}</SuccessNotice> : null}
      <div className="space-y-6">{children}</div>
    </>
  );
}

/** A boxed part of a page, named by its heading. */
export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The place a page shows (`/gestion/territoire/<level>/<id>`), or null when the signed-in person
 * may not keep the territory (the page then says access is denied). An id that cannot exist, or no
 * longer does, is a 404.
 */
export async function loadPlacePage<T>(path: (id: string) => string, params: Promise<{ id: string }>, load: (id: string) => Promise<T | null>): Promise<T | null> {
  const { id } = await params;
  if (!(await pageActor("territory:manage", path(id)))) return null;
  if (!idSchema.safeParse(id).success) notFound();
  return (await load(id)) ?? notFound();
}

/** "Archivé" beside a place's name in a list. */
export function ArchivedBadge({ archived, feminine = false }: { archived: boolean; feminine?: boolean }) {
  if (!archived) return null;
  return <span className="ml-2 inline-block rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-900 ring-1 ring-slate-500">{feminine ? "Archivée" : "Archivé"}</span>;
}

/** The first query-string value of a parameter. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
