import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { pageActor } from "@/lib/auth/guard";
import { formatDayTime, formatLongDay } from "@/lib/format/dates";
import { agendaItems } from "@/lib/governance/meetings/moves";
import { getGovernanceHome } from "@/lib/governance/meetings/queries";
import { routes } from "@/lib/routes";
import { GouvernanceNav } from "./_components/gouvernance-nav";
import { PageHeader } from "@/components/ui/page-header";
import { MeetingStatusBadge, OutcomeBadge } from "./reunions/_components/labels";

export const metadata: Metadata = { title: "Gouvernance" };

/** The board space's home: the next meetings with their agenda, the last decisions, the last published minutes. */
export default async function GovernanceHomePage() {
  const actor = await pageActor("governance:view", routes.governance.home);
  if (!actor) return <AccessDenied signedIn />;
  const home = await getGovernanceHome();
  return (
    <>
      <PageHeader title="Gouvernance" intro="L'espace des administrateurs et de l'équipe : les réunions des instances, leurs décisions et leurs comptes rendus." />
      <GouvernanceNav current={routes.governance.home} />
      <div className="space-y-6">
        <Panel id="titre-prochaines-reunions" title="Prochaines réunions">
          {home.upcoming.length === 0 ? (
            <EmptyState>Aucune réunion prévue pour l&apos;instant.</EmptyState>
          ) : (
            <ul className="space-y-4">
              {home.upcoming.map((m) => (
                <li key={m.id} className="rounded-md border border-slate-200 p-3">
                  <p className="flex flex-wrap items-center gap-2 font-semibold">
                    <Link href={routes.governance.meeting(m.id)} className="text-brand-800 underline underline-offset-2">
                      {m.body.name}, le {formatDayTime(m.startsAt)}
                    </Link>
                    <MeetingStatusBadge status={m.status} />
                  </p>
                  <p className="text-sm text-slate-700">Lieu : {m.place}{m._count.documents > 0 ? ` — ${m._count.documents} document${m._count.documents > 1 ? "s" : ""}` : ""}</p>
                  <ol className="mt-2 list-decimal pl-6 text-sm">
                    {agendaItems(m.agenda).map((item, i) => (
                      <li key={i}>{item}</li>
                    ))}
                  </ol>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href={routes.governance.meetings} className="text-brand-800 underline underline-offset-2">
              Toutes les réunions
            </Link>
          </p>
        </Panel>
        <Panel id="titre-dernieres-decisions" title="Dernières décisions">
          {home.decisions.length === 0 ? (
            <EmptyState>Aucune décision enregistrée.</EmptyState>
          ) : (
            <ul className="space-y-2">
              {home.decisions.map((d) => (
                <li key={d.id}>
                  <Link href={routes.governance.meeting(d.meeting.id)} className="text-brand-800 underline underline-offset-2">
                    {d.meeting.body.name}, {formatLongDay(d.meeting.startsAt)} — n° {d.number} : {d.title}
                  </Link>{" "}
                  <OutcomeBadge outcome={d.outcome} />
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel id="titre-comptes-rendus" title="Derniers comptes rendus publiés">
          {home.minutes.length === 0 ? (
            <EmptyState>Aucun compte rendu publié.</EmptyState>
          ) : (
            <ul className="space-y-2">
              {home.minutes.map((m) => (
                <li key={m.id}>
                  <Link href={routes.governance.meeting(m.id)} className="text-brand-800 underline underline-offset-2">
                    {m.body.name}, {formatLongDay(m.startsAt)}
                  </Link>{" "}
                  (<a href={routes.governance.meetingMinutesPdf(m.id)} className="text-brand-800 underline underline-offset-2">PDF</a>)
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href={routes.governance.dashboard} className="text-brand-800 underline underline-offset-2">
              Tableau de bord
            </Link>{" "}
            ·{" "}
            <Link href={routes.governance.bodies} className="text-brand-800 underline underline-offset-2">
              Instances et mandats
            </Link>{" "}
            ·{" "}
            <Link href={routes.public.association} className="text-brand-800 underline underline-offset-2">
              La page publique de l&apos;association
            </Link>
          </p>
        </Panel>
      </div>
    </>
  );
}
