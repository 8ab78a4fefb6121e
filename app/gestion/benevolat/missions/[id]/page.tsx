import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { pageActor } from "@/lib/auth/guard";
import { idSchema } from "@/lib/core/schemas";
import { formatDay, formatDayTime, formatTimestamp, formatIsoDay } from "@/lib/format/dates";
import { routes, type VolunteeringNotice } from "@/lib/routes";
import { MISSION_STATUS_LABELS, parisTimeOf } from "@/lib/volunteering/model";
import { getMissionForStaff, listActivities } from "@/lib/volunteering/queries/staff";
import { CancelMissionForm, MissionForm } from "../../_components/staff-forms";
import { SectionFrame } from "../../../_components/section-frame";
import { VolunteeringLinks } from "../../_components/volunteering-links";

const NOTICES: Partial<Record<VolunteeringNotice, string>> = {
  creee: "La mission est publiée.",
  modifiee: "La mission est modifiée.",
  annulee: "La mission est annulée : les bénévoles inscrits et en attente ont été prévenus par e-mail.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  const id = idSchema.safeParse((await params).id);
  return id.success ? id.data : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = await load(params);
  const actor = await pageActor("volunteering:manage", routes.staff.volunteering);
  const mission = id && actor ? await getMissionForStaff(actor, id) : null;
  return { title: mission ? `Gestion — mission « ${mission.title} »` : "Gestion — mission" };
}

export default async function VolunteerMissionPage({ params, searchParams }: Props) {
  const id = await load(params);
  if (!id) notFound();
  const actor = await pageActor("volunteering:manage", routes.staff.volunteerMission(id));
  if (!actor) return <AccessDenied signedIn />;
  const [mission, activities] = await Promise.all([getMissionForStaff(actor, id), listActivities(actor)]);
  if (!mission) notFound();
  const fait = z.string().optional().catch(undefined).parse((await searchParams).fait);
  const confirmed = mission.signups.filter((s) => s.status === "CONFIRMED");
  const waiting = mission.signups.filter((s) => s.status === "WAITLISTED");
  const open = mission.status === "OPEN";
  const activityOptions = activities.map((a) => ({ value: a.id, label: a.name }));
  if (!activities.some((a) => a.id === mission.activityId)) activityOptions.push({ value: mission.activityId, label: `${mission.activity.name} (archivée)` });

  return (
    <SectionFrame title={mission.title} notice={NOTICES[fait as VolunteeringNotice]} section={routes.staff.volunteering} crumbs={[{ href: routes.staff.volunteering, label: "Bénévolat" }]}>
      <VolunteeringLinks />
      <Panel id="titre-details" title="La mission">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Quand</dt>
          <dd>
            {formatDayTime(mission.startsAt)} – {parisTimeOf(mission.endsAt)}
          </dd>
          <dt className="font-medium">Lieu</dt>
          <dd>{mission.place}</dd>
          <dt className="font-medium">Activité</dt>
          <dd>{mission.activity.name}</dd>
          <dt className="font-medium">Places</dt>
          <dd>
            {confirmed.length} inscrit·e{confirmed.length > 1 ? "s" : ""} sur {mission.places}, {waiting.length} en attente
          </dd>
          <dt className="font-medium">État</dt>
          <dd>
            {MISSION_STATUS_LABELS[mission.status]}
            {mission.cancelledAt ? ` le ${formatDay(mission.cancelledAt)} : ${mission.cancelReason ?? ""}` : ""}
          </dd>
        </dl>
        {mission.description ? <p className="mt-3 whitespace-pre-line">{mission.description}</p> : null}
      </Panel>

      <Panel id="titre-inscrits" title="Bénévoles inscrits">
        {confirmed.length ? (
          <DataTable
            caption="Bénévoles inscrits"
            withoutLinks
            rows={confirmed}
            columns={[
              { header: "Nom", rowHeader: true, cell: (s) => s.user.name },
              { header: "E-mail", cell: (s) => s.user.email },
              { header: "Inscrit·e le", cell: (s) => formatTimestamp(s.createdAt) },
            ]}
          />
        ) : (
          <EmptyState>Personne n&apos;est encore inscrit.</EmptyState>
        )}
      </Panel>

      <Panel id="titre-attente" title="Liste d'attente">
        {waiting.length ? (
          <ol className="list-decimal space-y-1 pl-6">
            {waiting.map((s) => (
              <li key={s.id}>
                {s.user.name} ({s.user.email}), depuis le {formatTimestamp(s.createdAt)}
              </li>
            ))}
          </ol>
        ) : (
          <EmptyState>Personne n&apos;attend.</EmptyState>
        )}
      </Panel>

      {open ? (
        <>
          <Panel id="titre-modifier" title="Modifier la mission">
            <MissionForm
              mission={{
                id: mission.id,
                version: mission.version,
                title: mission.title,
                description: mission.description ?? "",
                activityId: mission.activityId,
                day: formatIsoDay(mission.startsAt),
                startTime: parisTimeOf(mission.startsAt),
                endTime: parisTimeOf(mission.endsAt),
                place: mission.place,
                places: String(mission.places),
              }}
              activities={activityOptions}
              cancelHref={routes.staff.volunteerMission(mission.id)}
            />
          </Panel>
          <Panel id="titre-annuler" title="Annuler la mission">
            <CancelMissionForm missionId={mission.id} version={mission.version} />
          </Panel>
        </>
      ) : null}
    </SectionFrame>
  );
}
