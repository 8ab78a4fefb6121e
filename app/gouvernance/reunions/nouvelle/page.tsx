import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { Panel } from "@/components/ui/panel";
import { pageActor } from "@/lib/auth/guard";
import { listActiveBodies } from "@/lib/governance/meetings/queries";
import { maySecretariat } from "@/lib/governance/positions";
import { routes } from "@/lib/routes";
import { GouvernanceFrame } from "../../_components/gouvernance-frame";
import { MeetingForm } from "../_components/meeting-form";

export const metadata: Metadata = { title: "Gouvernance — nouvelle réunion" };

export default async function NewMeetingPage() {
  const actor = await pageActor("governance:manage-meetings", routes.governance.newMeeting);
  if (!actor || !(await maySecretariat(actor, "governance:manage-meetings"))) return <AccessDenied signedIn />;
  const bodies = await listActiveBodies();
  return (
    <GouvernanceFrame
      title="Nouvelle réunion"
      intro="Elle est créée en préparation : vérifiez l'ordre du jour, puis convoquez les membres de l'instance."
      section={routes.governance.meetings}
      crumbs={[{ href: routes.governance.meetings, label: "Réunions" }]}
    >
      <Panel id="titre-nouvelle-reunion" title="La réunion">
        <MeetingForm bodies={bodies} cancelHref={routes.governance.meetings} />
      </Panel>
    </GouvernanceFrame>
  );
}
