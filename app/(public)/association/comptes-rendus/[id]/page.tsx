import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { idSchema } from "@/lib/core/schemas";
import { formatDayTime, formatLongDay } from "@/lib/format/dates";
import { DECISION_OUTCOME_LABELS } from "@/lib/governance/model";
import { getPublishedMinutes } from "@/lib/governance/meetings/public";
import { routes } from "@/lib/routes";

// The same for every visitor: rendered on first visit, then served from cache until a meeting changes.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function load(id: string) {
  const parsed = idSchema.safeParse(id);
  return parsed.success ? getPublishedMinutes(parsed.data) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const minutes = await load((await params).id);
  return { title: minutes ? `Compte rendu — ${minutes.body.name} du ${formatLongDay(minutes.startsAt)}` : "Compte rendu introuvable" };
}

export default async function PublishedMinutesPage({ params }: { params: Promise<{ id: string }> }) {
  const minutes = await load((await params).id);
  if (!minutes) notFound();
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs items={[{ href: routes.public.association, label: "L'association" }, { label: "Compte rendu" }]} />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">
          {minutes.body.name} du {formatLongDay(minutes.startsAt)}
        </h1>
        <p>
          Réunion du {formatDayTime(minutes.startsAt)}, {minutes.place}.
          {minutes.minutesApprovedAt ? ` Compte rendu approuvé lors de la réunion du ${formatLongDay(minutes.minutesApprovedAt.startsAt)}.` : ""}
        </p>
        <p>
          <a href={routes.public.publishedMinutesPdf(minutes.id)} className="text-brand-800 underline underline-offset-2">
            Télécharger le compte rendu (PDF)
          </a>
        </p>
      </header>
      <section aria-labelledby="titre-texte" className="space-y-2">
        <h2 id="titre-texte" className="text-2xl font-semibold">
          Compte rendu
        </h2>
        <div className="whitespace-pre-line">{minutes.minutes}</div>
      </section>
      <section aria-labelledby="titre-decisions" className="space-y-2">
        <h2 id="titre-decisions" className="text-2xl font-semibold">
          Décisions
        </h2>
        {minutes.decisions.length === 0 ? (
          <p>Aucune décision votée lors de cette réunion.</p>
        ) : (
          <ol className="space-y-3">
            {minutes.decisions.map((d) => (
              <li key={d.id}>
                <p className="font-semibold">
                  N° {d.number} : {d.title} — {DECISION_OUTCOME_LABELS[d.outcome]}
                </p>
                <p className="whitespace-pre-line">{d.text}</p>
                <p className="text-sm text-slate-700">
                  Pour : {d.votesFor} — Contre : {d.votesAgainst} — Abstentions : {d.votesAbstain}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <p>
        <Link href={routes.public.association} className="text-brand-800 underline underline-offset-2">
          ← Retour à la page de l&apos;association
        </Link>
      </p>
    </div>
  );
}
