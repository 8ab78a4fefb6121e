import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { pageActor } from "@/lib/auth/guard";
import { routes } from "@/lib/routes";
import { SectionFrame } from "../../_components/section-frame";
import { TeamForm } from "../_components/team-form";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Nouvelle équipe" };

export default async function NewTeamPage() {
  const actor = await pageActor("employees:manage", routes.staff.newTeam);
  if (!actor) return <AccessDenied signedIn />;
  return (
    <SectionFrame title="Nouvelle équipe" section={routes.staff.teams} crumbs={[{ href: routes.staff.teams, label: "Équipes" }]}>
      <div className="max-w-2xl">
        <Panel id="titre-equipe" title="Nom et description">
          <TeamForm />
        </Panel>
      </div>
    </SectionFrame>
  );
}
