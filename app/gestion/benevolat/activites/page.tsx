import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { pageActor } from "@/lib/auth/guard";
import { eurosInput } from "@/lib/contracts/model";
import { formatEuros } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { listActivities } from "@/lib/volunteering/queries/staff";
import { RowActionForm } from "@/components/ui/action-forms";
import { archiveVolunteerActivityAction } from "../actions";
import { ActivityForm } from "../_components/staff-forms";
import { SectionFrame } from "../../_components/section-frame";
import { VolunteeringLinks } from "../_components/volunteering-links";

export const metadata: Metadata = { title: "Gestion — activités des bénévoles" };

export default async function VolunteerActivitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("volunteering:manage", routes.staff.volunteerActivities);
  if (!actor) return <AccessDenied signedIn />;
  const [activities, { fait }] = await Promise.all([listActivities(actor, { includeArchived: true }), searchParams]);

  return (
    <SectionFrame
      title="Activités des bénévoles"
      intro="Chaque mission et chaque heure relève d'une activité ; sa valeur horaire sert à valoriser le bénévolat dans les comptes annuels."
      notice={fait === "activite" ? "Les activités sont enregistrées." : undefined}
      section={routes.staff.volunteering}
      crumbs={[{ href: routes.staff.volunteering, label: "Bénévolat" }]}
    >
      <VolunteeringLinks current={routes.staff.volunteerActivities} />
      <Panel id="titre-nouvelle-activite" title="Nouvelle activité">
        <ActivityForm />
      </Panel>
      <Panel id="titre-activites" title="Les activités">
        {activities.length ? (
          <ul className="space-y-4">
            {activities.map((a) => (
              <li key={a.id} className="rounded-md border border-slate-300 p-4">
                {a.archivedAt ? (
                  <p>
                    {a.name} — {formatEuros(a.hourlyRateCents)} de l&apos;heure (archivée)
                  </p>
                ) : (
                  <div className="space-y-3">
                    <ActivityForm activity={{ id: a.id, name: a.name, hourlyRate: eurosInput(a.hourlyRateCents) }} />
                    <RowActionForm action={archiveVolunteerActivityAction} fields={{ activityId: a.id }}>
                      Archiver<span className="sr-only"> {a.name}</span>
                    </RowActionForm>
                  </div>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>Aucune activité : ajoutez la première ci-dessus.</EmptyState>
        )}
      </Panel>
    </SectionFrame>
  );
}
