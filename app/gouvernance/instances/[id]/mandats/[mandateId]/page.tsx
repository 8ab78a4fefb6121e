import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { Panel } from "@/components/ui/panel";
import { pageActor } from "@/lib/auth/guard";
import { isoDay, parisToday } from "@/lib/core/calendar";
import { idSchema } from "@/lib/core/schemas";
import { MANDATE_POSITION_LABELS } from "@/lib/governance/model";
import { getMandate } from "@/lib/governance/queries/bodies";
import { maySecretariat } from "@/lib/governance/positions";
import { COLLEGE_LABELS } from "@/lib/membership/model";
import { routes } from "@/lib/routes";
import { EditMandateForm, EndMandateForm } from "../../../_components/body-forms";
import { GouvernanceFrame } from "../../../../_components/gouvernance-frame";
import { mandatePeriod } from "../../../_components/mandate-table";

export const metadata: Metadata = { title: "Gouvernance — mandat" };

export default async function MandatePage({ params }: { params: Promise<{ id: string; mandateId: string }> }) {
  const { id, mandateId } = await params;
  const actor = await pageActor("governance:manage-mandates", routes.governance.mandate(id, mandateId));
  if (!actor || !(await maySecretariat(actor, "governance:manage-mandates"))) return <AccessDenied signedIn />;
  if (!idSchema.safeParse(mandateId).success) notFound();
  const mandate = await getMandate(mandateId);
  if (!mandate || mandate.body.id !== id || mandate.body.archivedAt) notFound();
  const bodyHref = routes.governance.body(id);

  return (
    <GouvernanceFrame
      title={`Mandat de ${mandate.member.name}`}
      intro={`${MANDATE_POSITION_LABELS[mandate.position]} · collège « ${COLLEGE_LABELS[mandate.college]} » · ${mandatePeriod(mandate)}`}
      section={routes.governance.bodies}
      crumbs={[
        { href: routes.governance.bodies, label: "Instances et mandats" },
        { href: bodyHref, label: mandate.body.name },
      ]}
    >
      <Panel id="titre-modifier" title="Modifier le mandat">
        <EditMandateForm
          mandate={{
            id: mandate.id,
            version: mandate.version,
            position: mandate.position,
            startsOn: isoDay(mandate.startsOn),
            endsOn: mandate.endsOn ? isoDay(mandate.endsOn) : "",
            showNamePublicly: mandate.showNamePublicly,
          }}
          cancelHref={bodyHref}
        />
      </Panel>
      <Panel id="titre-terminer" title="Terminer le mandat">
        <EndMandateForm mandate={{ id: mandate.id, version: mandate.version }} today={isoDay(parisToday())}>
          <p>Le mandat prend fin le jour indiqué (il peut être dans le passé ou à venir). Si c’était le dernier mandat du titulaire au conseil ou au bureau, son accès à l’espace gouvernance prend fin avec lui.</p>
        </EndMandateForm>
      </Panel>
    </GouvernanceFrame>
  );
}
