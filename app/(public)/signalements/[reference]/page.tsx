import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getMaxPublicReportNumber, getPublicReport } from "@/lib/reports/queries/public";
import { publicReferenceSchema } from "@/lib/reports/filter-params";
import { REPORT_STATUS_LABELS } from "@/lib/reports/model";
import { formatDay } from "@/lib/format/dates";
import { ReportPhotoGallery } from "@/components/reports/report-photos";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";

// The same for every visitor: rendered on first visit, then served from cache until a report changes.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

/**
 * Only well-formed numbers up to the highest public one are read: anything else is a 404 with no
 * data-cache entry of its own (and 404 renders are not kept: lib/cache/incremental-cache-handler.cjs).
 */
async function load(reference: string) {
  const parsed = publicReferenceSchema.safeParse(reference);
  if (!parsed.success || parsed.data > (await getMaxPublicReportNumber())) return null;
  return getPublicReport(parsed.data);
}

export async function generateMetadata({ params }: { params: Promise<{ reference: string }> }): Promise<Metadata> {
  const report = await load((await params).reference);
  return { title: report ? `Signalement n° ${report.number} — ${report.category}` : "Signalement introuvable" };
}

export default async function PublicReportPage({ params }: { params: Promise<{ reference: string }> }) {
  const report = await load((await params).reference);
  if (!report) notFound();

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={routes.public.reports} className="underline">← Les signalements du quartier</Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-brand-800">Signalement n° {report.number}</h1>
        <p className="text-lg">
          {report.category} — {report.place}
        </p>
      </header>
      <section aria-labelledby="titre-etat" className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="titre-etat" className="text-xl font-semibold">État : {REPORT_STATUS_LABELS[report.status]}</h2>
        <p className="text-sm text-slate-700">
          Signalé le <time dateTime={report.createdAt}>{formatDay(report.createdAt)}</time>
          {report.resolvedAt ? (
            <>
              {" "}· résolu le <time dateTime={report.resolvedAt}>{formatDay(report.resolvedAt)}</time>
            </>
          ) : null}
          {report.supporterCount ? ` · ${plural(report.supporterCount, "habitant concerné", "habitants concernés")} aussi` : ""}
        </p>
        {report.text ? (
          <p className="whitespace-pre-line">{report.text}</p>
        ) : (
          <p className="text-slate-700">La description sera publiée après relecture par l&apos;équipe de la Régie.</p>
        )}
      </section>

      <ReportPhotoGallery photos={report.photos} />

      <section aria-labelledby="titre-historique" className="space-y-2">
        <h2 id="titre-historique" className="text-xl font-semibold">Avancement</h2>
        <ol className="space-y-2 border-l-2 border-slate-300 pl-4">
          {report.timeline.map((step) => (
            <li key={step.id}>
              <time dateTime={step.at} className="text-sm text-slate-700">{formatDay(step.at)}</time> —{" "}
              {step.created ? "Signalement reçu" : step.toStatus ? REPORT_STATUS_LABELS[step.toStatus] : "Mise à jour"}
            </li>
          ))}
        </ol>
      </section>
      <p>
        <Link href={routes.public.newReport} className="underline">Vous êtes concerné(e) aussi ? Signalez-le ou dites « moi aussi »</Link>
      </p>
    </div>
  );
}
