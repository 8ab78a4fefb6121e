import Link from "next/link";

/** How far a list goes: its total, or only whether a next page exists (a list not counted, for speed). */
type Extent = { total: number; pageSize: number } | { hasNextPage: boolean };

/** Previous/next links that keep the other search parameters. */
export function Pagination({
  page,
  basePath,
  params,
  ...extent
}: {
  page: number;
  basePath: string;
  params: Record<string, string | undefined>;
} & Extent) {
  const pages = "total" in extent ? Math.max(1, Math.ceil(extent.total / extent.pageSize)) : null;
  const hasNext = pages === null ? "hasNextPage" in extent && extent.hasNextPage : page < pages;
  if (pages === null ? page <= 1 && !hasNext : pages <= 1) return null;
  const href = (p: number) => {
    const search = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => !!e[1]));
    return `${basePath}?${search}`;
  };
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className="underline">
          Page précédente
        </Link>
      ) : null}
      <span>{pages === null ? `Page ${page}` : `Page ${page} sur ${pages}`}</span>
      {hasNext ? (
        <Link href={href(page + 1)} className="underline">
          Page suivante
        </Link>
      ) : null}
    </nav>
  );
}
