import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { pageActor } from "@/lib/auth/guard";
import { idSchema } from "@/lib/core/schemas";
import { routes } from "@/lib/routes";
import { SectionFrame } from "../../_components/section-frame";

/**
 * The frame of every territory page: the back office's section frame, where the page sits
 * (Gestion › Territoire › secteur › site › bâtiment, each a link back) and the last change's
 * confirmation.
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
    <SectionFrame title={title} intro={intro} section={routes.staff.territory} crumbs={[{ href: routes.staff.territory, label: "Territoire" }, ...crumbs]} notice={notice}>
      {children}
    </SectionFrame>
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

