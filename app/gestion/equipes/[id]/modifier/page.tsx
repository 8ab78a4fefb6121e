import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { getTeam } from "@/lib/employees/queries/staff";
import { routes } from "@/lib/routes";
import { loadRecord } from "@/lib/auth/load-record";
import { SectionFrame } from "../../../_components/section-frame";
import { TeamForm } from "../../_components/team-form";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Modifier une équipe" };

export default async function EditTeamPage({ params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadRecord("employees:manage", routes.staff.editTeam, params, getTeam);
  if (!loaded) return <AccessDenied signedIn />;
  const team = loaded.record;
  return (
    <SectionFrame
      title={`Modifier l'équipe « ${team.name} »`}
      section={routes.staff.teams}
      crumbs={[
        { href: routes.staff.teams, label: "Équipes" },
        { href: routes.staff.team(team.id), label: team.name },
      ]}
    >
      <div className="max-w-2xl">
        <Panel id="titre-equipe" title="Nom et description">
          <TeamForm team={team} />
        </Panel>
      </div>
    </SectionFrame>
  );
}
