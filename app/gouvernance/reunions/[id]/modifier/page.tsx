import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { pageActor } from "@/lib/auth/guard";
import { idSchema } from "@/lib/core/schemas";
import { toParisDateTimeInput } from "@/lib/core/calendar";
import { getMeeting, listActiveBodies } from "@/lib/governance/meetings/queries";
import { maySecretariat } from "@/lib/governance/positions";
import { routes } from "@/lib/routes";
import { GouvernanceFrame } from "../../../_components/gouvernance-frame";
import { MeetingForm } from "../../_components/meeting-form";

export const metadata: Metadata = { title: "Gouvernance — modifier une réunion" };

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("governance:manage-meetings", routes.governance.editMeeting(id));
  if (!actor || !(await maySecretariat(actor, "governance:manage-meetings"))) return <AccessDenied signedIn />;
  const parsed = idSchema.safeParse(id);
  const [meeting, bodies] = await Promise.all([parsed.success ? getMeeting(parsed.data) : null, listActiveBodies()]);
  if (!meeting) notFound();
  return (
    <GouvernanceFrame title="Modifier la réunion" section={routes.governance.meetings} back={{ href: routes.governance.meeting(meeting.id), label: "Retour à la réunion" }}>
      <Panel id="titre-modifier-reunion" title={meeting.body.name}>
        {meeting.status === "PLANNED" ? (
          <MeetingForm
            bodies={bodies}
            cancelHref={routes.governance.meeting(meeting.id)}
            meeting={{
              id: meeting.id,
              version: meeting.version,
              bodyId: meeting.bodyId,
              startsAt: toParisDateTimeInput(meeting.startsAt),
              endsAt: meeting.endsAt ? toParisDateTimeInput(meeting.endsAt) : "",
              place: meeting.place,
              agenda: meeting.agenda,
            }}
          />
        ) : (
          <EmptyState>Seule une réunion en préparation se modifie.</EmptyState>
        )}
      </Panel>
    </GouvernanceFrame>
  );
}
