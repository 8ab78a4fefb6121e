import type { Metadata } from "next";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Panel } from "@/components/ui/panel";
import { SuccessNotice } from "@/components/ui/success-notice";
import { pageActor } from "@/lib/auth/guard";
import { can } from "@/lib/authz/policy";
import { isoDay, parisToday } from "@/lib/core/calendar";
import { pageParam } from "@/lib/core/schemas";
import { formatDay, formatDayTime } from "@/lib/format/dates";
import { formatWorkedTime } from "@/lib/format/hours";
import { formatEuros, plural } from "@/lib/format/numbers";
import { routes, type VolunteeringNotice } from "@/lib/routes";
import { HOURS_STATUS_LABELS, SIGNUP_STATUS_LABELS, parisTimeOf } from "@/lib/volunteering/model";
import { getMyProfile, listMyConfirmedMissions, listMyHours, listOpenMissions, listUsableActivities, myYearTotals } from "@/lib/volunteering/queries/mine";
import { ConfirmedActionForm, RowActionForm } from "@/components/ui/action-forms";
import { deleteOwnHoursAction, signUpForMissionAction, withdrawFromMissionAction } from "./actions";
import { HoursForm, ProfileForm } from "./_components/volunteer-forms";

export const metadata: Metadata = { title: "Mon bénévolat" };

const NOTICES: Partial<Record<VolunteeringNotice, string>> = {
  profil: "Votre profil de bénévole est enregistré.",
  inscrit: "Vous êtes inscrit·e à la mission. Merci !",
  attente: "La mission est complète : vous êtes sur la liste d'attente. Nous vous écrirons si une place se libère.",
  desinscrit: "Vous êtes désinscrit·e de la mission.",
  heures: "Vos heures sont enregistrées : l'équipe de la Régie les validera.",
  "heures-corrigees": "Vos heures sont corrigées.",
  "heures-supprimees": "Ces heures sont supprimées.",
};

const querySchema = z.object({ page: pageParam(), fait: z.string().optional().catch(undefined) });

export default async function MyVolunteeringPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("volunteering:join", routes.mine.volunteering);
  if (!actor) return <AccessDenied signedIn />;
  const query = querySchema.parse(await searchParams);
  const notice = NOTICES[query.fait as VolunteeringNotice];
  const profile = await getMyProfile(actor);
  const volunteer = can(actor, "volunteering:take-part");
  const today = parisToday();
  const year = today.getUTCFullYear();

  if (!profile || !volunteer) {
    return (
      <div className="space-y-6">
        <PageHeader title="Mon bénévolat" intro="Donnez un peu de votre temps au quartier : ateliers, jardin partagé, fêtes, accompagnement scolaire…" />
        {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
        <Panel id="titre-profil" title="Devenir bénévole">
          <p className="mb-4 text-slate-700">Dites-nous ce que vous aimez faire et quand vous êtes disponible : vous pourrez ensuite vous inscrire aux missions.</p>
          <ProfileForm profile={profile} />
        </Panel>
      </div>
    );
  }

  const [missions, confirmedOn, hours, totals, activities] = await Promise.all([
    listOpenMissions(actor),
    listMyConfirmedMissions(actor),
    listMyHours(actor, query.page),
    myYearTotals(actor, year),
    listUsableActivities(),
  ]);
  const mine = missions.filter((m) => m.mine === "CONFIRMED" || m.mine === "WAITLISTED");
  const activityOptions = activities.map((a) => ({ value: a.id, label: a.name }));
  const missionOptions = confirmedOn.map((m) => ({ value: m.id, label: `${m.title} (${formatDay(m.startsAt)})` }));

  return (
    <div className="space-y-6">
      <PageHeader title="Mon bénévolat" intro="Les missions où vous êtes attendu·e, celles qui cherchent des bénévoles, et le temps que vous avez donné." />
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}

      <Panel id="titre-mes-inscriptions" title="Mes inscriptions">
        {mine.length ? (
          <ul className="space-y-4">
            {mine.map((m) => (
              <li key={m.id} className="rounded-md border border-slate-300 p-4">
                <p className="font-semibold text-slate-900">{m.title}</p>
                <p className="text-slate-700">
                  {formatDayTime(m.startsAt)} – {parisTimeOf(m.endsAt)}, {m.place}
                </p>
                <p className="mb-2 text-slate-700">{SIGNUP_STATUS_LABELS[m.mine ?? "CONFIRMED"]}</p>
                <details>
                  <summary className="cursor-pointer text-brand-800 underline underline-offset-2">Me désinscrire</summary>
                  <div className="mt-2">
                    <ConfirmedActionForm
                      id={`retrait-${m.id}`}
                      action={withdrawFromMissionAction}
                      fields={{ missionId: m.id }}
                      confirm={`Je confirme ne plus participer à « ${m.title} ».`}
                      buttonLabel="Me désinscrire"
                      variant="danger"
                    />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>Vous n&apos;êtes inscrit·e à aucune mission à venir.</EmptyState>
        )}
      </Panel>

      <Panel id="titre-missions" title="Missions à venir">
        {missions.length ? (
          <DataTable
            caption="Missions à venir"
            rows={missions}
            columns={[
              { header: "Mission", rowHeader: true, className: "min-w-48", cell: (m) => (m.description ? `${m.title} — ${m.description}` : m.title) },
              { header: "Quand", className: "whitespace-nowrap", cell: (m) => `${formatDayTime(m.startsAt)} – ${parisTimeOf(m.endsAt)}` },
              { header: "Où", cell: (m) => m.place },
              { header: "Activité", cell: (m) => m.activity.name },
              { header: "Places", cell: (m) => (m.confirmed < m.places ? plural(m.places - m.confirmed, "place libre", "places libres") : "Complète : liste d'attente") },
              {
                header: "Inscription",
                cell: (m) =>
                  m.mine === "CONFIRMED" || m.mine === "WAITLISTED" ? (
                    SIGNUP_STATUS_LABELS[m.mine]
                  ) : (
                    <RowActionForm action={signUpForMissionAction} fields={{ missionId: m.id }}>
                      {m.confirmed < m.places ? "M'inscrire" : "Liste d'attente"}
                      <span className="sr-only"> : {m.title}</span>
                    </RowActionForm>
                  ),
              },
            ]}
          />
        ) : (
          <EmptyState>Aucune mission n&apos;est proposée pour l&apos;instant : revenez bientôt.</EmptyState>
        )}
      </Panel>

      <Panel id="titre-declarer" title="Déclarer des heures">
        <HoursForm activities={activityOptions} missions={missionOptions} today={isoDay(today)} />
      </Panel>

      <Panel id="titre-mes-heures" title="Mes heures">
        <p className="mb-4 text-slate-700">
          En {year}, heures validées : <strong>{formatWorkedTime(totals.minutes)}</strong>, soit {formatEuros(totals.valueCents)} de bénévolat valorisé dans les comptes de la Régie.
        </p>
        {hours.rows.length ? (
          <>
            <ul className="space-y-3">
              {hours.rows.map((h) => (
                <li key={h.id} className="rounded-md border border-slate-300 p-3">
                  <p>
                    <strong>{formatDay(h.day)}</strong> — {formatWorkedTime(h.minutes)}, {h.activity.name}
                    {h.mission ? ` (${h.mission.title})` : ""} — {HOURS_STATUS_LABELS[h.status]}
                  </p>
                  {h.note ? <p className="text-slate-700">{h.note}</p> : null}
                  {h.status === "REFUSED" && h.refusalReason ? <p className="text-slate-700">Raison du refus : {h.refusalReason}</p> : null}
                  {h.status === "SUBMITTED" ? (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-brand-800 underline underline-offset-2">Corriger ou supprimer</summary>
                      <div className="mt-3 space-y-6">
                        <HoursForm
                          entry={{
                            id: h.id,
                            version: h.version,
                            day: isoDay(h.day),
                            hours: String(Math.floor(h.minutes / 60)),
                            minutes: String(h.minutes % 60),
                            activityId: h.activityId,
                            missionId: h.missionId ?? "",
                            note: h.note ?? "",
                          }}
                          activities={activityOptions}
                          missions={missionOptions}
                          today={isoDay(today)}
                        />
                        <ConfirmedActionForm
                          id={`suppression-${h.id}`}
                          action={deleteOwnHoursAction}
                          fields={{ hoursId: h.id, version: String(h.version) }}
                          confirm="Je confirme supprimer ces heures."
                          buttonLabel="Supprimer ces heures"
                          variant="danger"
                        />
                      </div>
                    </details>
                  ) : null}
                </li>
              ))}
            </ul>
            <Pagination page={hours.page} total={hours.total} pageSize={hours.pageSize} basePath={routes.mine.volunteering} params={{}} />
          </>
        ) : (
          <EmptyState>Vous n&apos;avez pas encore déclaré d&apos;heures.</EmptyState>
        )}
      </Panel>

      <Panel id="titre-profil" title="Mon profil de bénévole">
        <ProfileForm profile={profile} />
      </Panel>
    </div>
  );
}
