import Link from "next/link";

/** Previous/next links that keep the other search parameters. */
export function Pagination({
  page,
  total,
  pageSize,
  basePath,
  params,
}: {
  page: number;
  total: number;
  pageSize: number;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
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
      <span>
        Page {page} sur {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className="underline">
          Page suivante
        </Link>
      ) : null}
    </nav>
  );
}
