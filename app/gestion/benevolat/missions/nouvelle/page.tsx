import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { Panel } from "@/components/ui/panel";
import { pageActor } from "@/lib/auth/guard";
import { routes } from "@/lib/routes";
import { listActivities } from "@/lib/volunteering/queries/staff";
import { EmptyState } from "@/components/ui/empty-state";
import { MissionForm } from "../../_components/staff-forms";
import { SectionFrame } from "../../../_components/section-frame";
import { VolunteeringLinks } from "../../_components/volunteering-links";

export const metadata: Metadata = { title: "Gestion — nouvelle mission bénévole" };

export default async function NewVolunteerMissionPage() {
  const actor = await pageActor("volunteering:manage", routes.staff.newVolunteerMission);
  if (!actor) return <AccessDenied signedIn />;
  const activities = await listActivities(actor);
  return (
    <SectionFrame title="Nouvelle mission" intro="Elle est proposée aux bénévoles dans leur espace dès sa publication." section={routes.staff.volunteering} crumbs={[{ href: routes.staff.volunteering, label: "Bénévolat" }]}>
      <VolunteeringLinks />
      <Panel id="titre-nouvelle-mission" title="La mission">
        {activities.length ? (
          <MissionForm activities={activities.map((a) => ({ value: a.id, label: a.name }))} cancelHref={routes.staff.volunteering} />
        ) : (
          <EmptyState>Créez d&apos;abord une activité (page Activités) : chaque mission en relève.</EmptyState>
        )}
      </Panel>
    </SectionFrame>
  );
}
