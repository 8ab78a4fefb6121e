import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { plural } from "@/lib/format/numbers";
import { pageActor } from "@/lib/auth/guard";
import { formatDay } from "@/lib/format/dates";
import { MY_REPORTS_PAGE_SIZE, listMyReports } from "@/lib/reports/queries/author";
import { listMyReportsSchema } from "@/lib/reports/schemas";
import { REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Mes signalements" };

export default async function MyReportsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await pageActor("reports:view-own", routes.mine.reports);
  if (!actor) return <AccessDenied signedIn />;
  const { page } = listMyReportsSchema.parse(await searchParams);
  const { total, items } = await listMyReports(actor, page);

  return (
    <div className="space-y-6">
      <PageHeader title="Mes signalements" intro="Les problèmes que vous avez signalés et leur avancement." />
      <p>
        <Link href={routes.public.newReport} className="inline-flex rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Signaler un problème
        </Link>
      </p>
      {items.length ? (
        <ul className="space-y-3">
          {items.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-300 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <Link href={routes.mine.report(r.id)} className="underline">
                  N° {r.number} — {r.category.name}
                </Link>
              </h2>
              <p className="text-sm text-slate-700">{r.place}</p>
              <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <span>
                  État : <strong>{REPORT_STATUS_LABELS[r.status]}</strong>
                </span>
                <span>Signalé le {formatDay(r.createdAt)}</span>
                <span>{r.visibility === "PUBLIC" ? "Public" : "Privé"}</span>
                {r.photoCount ? <span>{plural(r.photoCount, "photo", "photos")}</span> : null}
                {r.supporterCount ? <span>{r.supporterCount} « moi aussi »</span> : null}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>Vous n&apos;avez encore rien signalé.</p>
      )}
      <Pagination page={page} total={total} pageSize={MY_REPORTS_PAGE_SIZE} basePath={routes.mine.reports} params={{}} />
    </div>
  );
}
