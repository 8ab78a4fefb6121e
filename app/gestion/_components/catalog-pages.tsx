import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { DataTable, type Column } from "@/components/ui/data-table";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import type { Permission } from "@/lib/authz/policy";
import { idSchema } from "@/lib/core/schemas";
import { routes } from "@/lib/routes";
import { GestionNav } from "./gestion-nav";
import type { FormAction } from "@/components/forms/use-action-form";
import { RowActionForm } from "@/components/ui/action-forms";

/**
 * The skeleton shared by the catalog screens (categories, response templates): the list page
 * with its table (move up and down, edit, switch on and off), and the frame of the "new" and
 * "edit" pages. Each screen brings its own words and columns.
 */

type Section = typeof routes.staff.categories | typeof routes.staff.templates;
type Query = Record<string, string | string[] | undefined>;

/** A list page: heading, navigation, the last change's confirmation, the "new" button, the list or why it is empty. */
export function CatalogListPage<T extends { id: string }>({
  title,
  intro,
  section,
  newItem,
  empty,
  items,
  notices,
  query,
  children,
}: {
  title: string;
  intro: string;
  section: Section;
  newItem: { href: string; label: string };
  /** What to say when the catalog is empty. */
  empty: string;
  items: T[];
  /** The confirmation of each change the list is redirected from (`?fait=…&id=…`), given the item. */
  notices: Record<string, (item: T | undefined) => string>;
  query: Query;
  children: ReactNode;
}) {
  const noticeOf = typeof query.fait === "string" ? notices[query.fait] : undefined;
  const notice = noticeOf?.(items.find((item) => item.id === query.id));
  return (
    <>
      <PageHeader title={title} intro={intro} />
      <GestionNav current={section} />
      {notice ? <SuccessNotice className="mb-4">{notice}</SuccessNotice> : null}
      <p className="mb-4">
        <Link href={newItem.href} className={buttonClass("primary")}>
          {newItem.label}
        </Link>
      </p>
      {items.length === 0 ? <p className="rounded-md border border-slate-300 bg-white p-4">{empty}</p> : children}
    </>
  );
}

type CatalogItem = { id: string; version: number; active: boolean };

/** The "offered or not" column; `inactive` agrees with the item's gender ("désactivée", "désactivé"). */
export function offeredColumn<T extends CatalogItem>(header: string, inactive: string): Column<T> {
  return {
    header,
    className: "whitespace-nowrap",
    cell: (item) => (item.active ? "Oui" : <span className="font-semibold text-slate-900">{inactive}</span>),
  };
}

const linkButtonClass =
  "inline-flex items-center rounded-md border border-slate-400 bg-white px-2 py-1 text-sm font-semibold text-brand-800 underline underline-offset-2 hover:bg-slate-50";

/**
 * One ordered list, as a DataTable: its position and "up"/"down" buttons first, the item's name
 * as the row header, the screen's own columns (a `numeric` one is right-aligned, its figures lined
 * up), then "edit" and "switch off/on"; an item switched off is shaded. Buttons name their item
 * for screen readers.
 */
export function CatalogTable<T extends CatalogItem, M, A>({
  caption,
  items,
  idField,
  nameHeader,
  nameOf,
  rowHeader = nameOf,
  columns,
  editHref,
  moveAction,
  setActiveAction,
}: {
  caption: string;
  items: T[];
  /** The name of the id field the actions take (`categoryId`, `templateId`). */
  idField: string;
  nameHeader: string;
  nameOf: (item: T) => string;
  rowHeader?: (item: T) => ReactNode;
  columns: Column<T>[];
  editHref: (item: T) => string;
  moveAction: FormAction<M>;
  setActiveAction: FormAction<A>;
}) {
  const named = (item: T) => <span className="sr-only"> « {nameOf(item)} »</span>;
  const order: Column<T> = {
    header: "Ordre",
    numeric: true,
    cell: (item, index) => (
      <div className="flex flex-col items-end gap-1">
        <span className="tabular-nums">{index + 1}</span>
        {index > 0 ? (
          <RowActionForm action={moveAction} fields={{ [idField]: item.id, direction: "up", position: String(index) }}>
            <span aria-hidden="true">↑</span> Monter{named(item)}
          </RowActionForm>
        ) : null}
        {index < items.length - 1 ? (
          <RowActionForm action={moveAction} fields={{ [idField]: item.id, direction: "down", position: String(index) }}>
            <span aria-hidden="true">↓</span> Descendre{named(item)}
          </RowActionForm>
        ) : null}
      </div>
    ),
  };
  const name: Column<T> = { header: nameHeader, rowHeader: true, className: "min-w-36 font-medium", cell: rowHeader };
  const actions: Column<T> = {
    header: "Actions",
    cell: (item) => (
      <div className="flex flex-col items-start gap-1">
        <Link href={editHref(item)} className={linkButtonClass}>
          Modifier{named(item)}
        </Link>
        <RowActionForm action={setActiveAction} fields={{ [idField]: item.id, version: String(item.version), active: item.active ? "false" : "true" }}>
          {item.active ? "Désactiver" : "Réactiver"}
          {named(item)}
        </RowActionForm>
      </div>
    ),
  };
  return (
    <DataTable
      caption={caption}
      columns={[order, name, ...columns, actions]}
      rows={items}
      rowClassName={(item) => (item.active ? undefined : "bg-slate-50")}
    />
  );
}

/** An item's edit page, by its list. */
const ITEM_PAGE = { [routes.staff.categories]: routes.staff.category, [routes.staff.templates]: routes.staff.template } satisfies Record<Section, (id: string) => string>;

/**
 * The item an edit page shows (`/gestion/<catalog>/<id>`), or null when the signed-in person may
 * not manage this catalog (the page then says access is denied). An id that cannot exist, or no
 * longer does, is a 404.
 */
export async function loadCatalogItem<T>(
  section: Section,
  permission: Permission,
  params: Promise<{ id: string }>,
  load: (id: string) => Promise<T | null>,
): Promise<T | null> {
  const { id } = await params;
  if (!(await pageActor(permission, ITEM_PAGE[section](id)))) return null;
  if (!idSchema.safeParse(id).success) notFound();
  return (await load(id)) ?? notFound();
}

/** The frame of a "new" or "edit" page: heading, navigation, the way back to the list, then its panels. */
export function CatalogItemPage({
  title,
  intro,
  section,
  back,
  children,
}: {
  title: string;
  intro?: string;
  section: Section;
  back: string;
  children: ReactNode;
}) {
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={title} intro={intro} />
      <GestionNav current={section} />
      <p>
        <Link href={section} className="underline">
          ← {back}
        </Link>
      </p>
      {children}
    </div>
  );
}

/** A boxed part of an item page, named by its heading (`title`) or, when it has none, by `label`. */
export function CatalogPanel({ id, title, label, children }: { id?: string; title?: string; label?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={title ? id : undefined} aria-label={title ? undefined : label} className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
      {title ? (
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
      ) : null}
      {children}
    </section>
  );
}
