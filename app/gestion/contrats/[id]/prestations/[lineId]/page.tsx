import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { pageActor } from "@/lib/auth/guard";
import { idSchema } from "@/lib/core/schemas";
import { eurosInput, minutesToTime } from "@/lib/contracts/model";
import { getLineForStaff, lineFormOptions } from "@/lib/contracts/queries/staff";
import { scheduleChoiceOf } from "@/lib/contracts/schedule";
import { formatIsoDay } from "@/lib/format/dates";
import { routes } from "@/lib/routes";
import { archiveContractLineAction } from "../../../actions";
import { ConfirmedActionForm } from "@/components/ui/action-forms";
import { ContractFrame } from "../../../_components/contract-frame";
import { LineForm } from "../../../_components/line-form";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Gestion — modifier une prestation" };

export default async function EditLinePage({ params }: { params: Promise<{ id: string; lineId: string }> }) {
  const { id, lineId } = await params;
  const actor = await pageActor("contracts:manage", routes.staff.contractLine(id, lineId));
  if (!actor) return <AccessDenied signedIn />;
  const parsed = idSchema.safeParse(lineId);
  const line = parsed.success ? await getLineForStaff(actor, parsed.data) : null;
  if (!line || line.contract.id !== id) notFound();
  const siteIds = line.sites.map((s) => s.siteId);
  const options = await lineFormOptions(actor, siteIds);
  const back = routes.staff.contract(line.contract.id);
  return (
    <ContractFrame title={`Prestation « ${line.task} »`} intro={`Contrat ${line.contract.reference}`} back={{ href: back, label: `Retour au contrat ${line.contract.reference}` }}>
      <Panel id="titre-modifier-prestation" title="Modifier la prestation">
        <LineForm
          line={{
            id: line.id,
            version: line.version,
            task: line.task,
            description: line.description ?? "",
            unit: line.unit,
            unitPrice: eurosInput(line.unitPriceCents),
            teamId: line.teamId ?? "",
            startTime: minutesToTime(line.startMinutes),
            durationMinutes: line.durationMinutes,
            siteIds,
            schedule: scheduleChoiceOf(line.recurrence),
          }}
          contract={{ id: line.contract.id, startsOn: formatIsoDay(line.contract.startsOn), endsOn: formatIsoDay(line.contract.endsOn) }}
          areas={options.areas}
          teams={options.teams}
          today={formatIsoDay(new Date())}
          cancelHref={back}
        />
      </Panel>
      <Panel id="titre-archiver-prestation" title="Archiver la prestation">
        <p>Plus aucun passage ne sera planifié pour elle ; les interventions déjà faites la gardent.</p>
        <ConfirmedActionForm
          id="archiver"
          action={archiveContractLineAction}
          fields={{ lineId: line.id, version: String(line.version) }}
          confirm={`Oui, archiver la prestation « ${line.task} »`}
          buttonLabel="Archiver la prestation"
          variant="danger"
        />
      </Panel>
    </ContractFrame>
  );
}
