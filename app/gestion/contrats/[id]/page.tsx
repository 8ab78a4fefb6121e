import { DOCUMENT_TITLE_MAX } from "@/lib/uploads/pdf-file";
import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/styles";
import { loadRecord } from "@/lib/auth/load-record";
import { can } from "@/lib/authz/policy";
import { UPLOAD_REFUSALS, type UploadRefusal } from "@/lib/contracts/document-upload";
import {
  CONTRACT_KIND_LABELS,
  CONTRACT_MOVE_LABELS,
  SERVICE_UNIT_LABELS,
  contractMovesFrom,
  minutesToTime,
} from "@/lib/contracts/model";
import { getContractForStaff } from "@/lib/contracts/queries/staff";
import { describeRecurrence, nextOccurrences } from "@/lib/contracts/schedule";
import { formatDay, formatLongDay } from "@/lib/format/dates";
import { formatEuros } from "@/lib/format/numbers";
import { routes, type ContractNotice } from "@/lib/routes";
import { formatMinutes } from "@/lib/format/hours";
import { moveContractAction, deleteContractDocumentAction } from "../actions";
import { ConfirmedActionForm } from "@/components/ui/action-forms";
import { ContractFrame } from "../_components/contract-frame";
import { ContractStatusBadge } from "../_components/labels";
import { Panel } from "@/components/ui/panel";
import { DocumentsPanel } from "@/components/documents/documents-panel";

export const metadata: Metadata = { title: "Gestion — contrat" };

const NOTICES: Record<ContractNotice, string> = {
  cree: "Le contrat est créé en brouillon. Ajoutez ses prestations, puis activez-le.",
  modifie: "Le contrat est enregistré.",
  active: "Le contrat est actif : le partenaire le voit dans son espace.",
  expire: "Le contrat est marqué comme expiré.",
  clos: "Le contrat est clos.",
  rouvert: "Le contrat est de nouveau actif.",
  "prestation-ajoutee": "La prestation est ajoutée.",
  "prestation-modifiee": "La prestation est enregistrée.",
  "prestation-archivee": "La prestation est archivée : plus aucun passage n'en sera planifié.",
  "document-ajoute": "Le document est ajouté.",
  "document-supprime": "Le document est supprimé.",
};


export default async function ContractPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const loaded = await loadRecord("contracts:view", routes.staff.contract, params, getContractForStaff);
  if (!loaded) return <AccessDenied signedIn />;
  const { actor, record: contract } = loaded;
  const query = await searchParams;
  const manage = can(actor, "contracts:manage");
  const open = contract.status !== "CLOSED";
  const notice = typeof query.fait === "string" && Object.hasOwn(NOTICES, query.fait) ? NOTICES[query.fait as ContractNotice] : undefined;
  const refusal = typeof query.refus === "string" && Object.hasOwn(UPLOAD_REFUSALS, query.refus) ? UPLOAD_REFUSALS[query.refus as UploadRefusal] : null;
  const today = new Date();
  const version = String(contract.version);

  return (
    <ContractFrame
      title={`Contrat ${contract.reference}`}
      intro={`${CONTRACT_KIND_LABELS[contract.kind]} avec ${contract.partner.name} : ${contract.object}`}
      back={{ href: routes.staff.contracts, label: "Retour aux contrats" }}
      notice={notice}
    >
      <Panel id="titre-termes" title="Termes du contrat">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">État</dt>
          <dd>
            <ContractStatusBadge status={contract.status} />
          </dd>
          <dt className="font-medium">Partenaire</dt>
          <dd>
            {contract.partner.name}
            {contract.partner.archivedAt ? " (archivé)" : ""}
          </dd>
          <dt className="font-medium">Type</dt>
          <dd>{CONTRACT_KIND_LABELS[contract.kind]}</dd>
          <dt className="font-medium">Période</dt>
          <dd>
            du {formatLongDay(contract.startsOn)} au {formatLongDay(contract.endsOn)}
          </dd>
          <dt className="font-medium">Montant total HT</dt>
          <dd>{contract.amountCents === null ? "Non renseigné" : formatEuros(contract.amountCents)}</dd>
          <dt className="font-medium">Note interne</dt>
          <dd className="whitespace-pre-line">{contract.internalNote ?? "Aucune"}</dd>
        </dl>
        {manage ? (
          <p>
            <Link href={routes.staff.editContract(contract.id)} className={buttonClass("secondary")}>
              Modifier les termes
            </Link>
          </p>
        ) : null}
      </Panel>

      {manage ? (
        <Panel id="titre-etat" title="Changer l'état">
          <div className="flex flex-wrap items-start gap-6">
            {contractMovesFrom(contract.status).map((move) => (
              <ConfirmedActionForm
                key={move}
                id={`etat-${move}`}
                action={moveContractAction}
                fields={{ contractId: contract.id, version, move }}
                buttonLabel={CONTRACT_MOVE_LABELS[move]}
                variant={move === "close" ? "danger" : move === "activate" ? "primary" : "secondary"}
                confirm={move === "close" ? "Je confirme la clôture : plus aucun passage ne sera planifié sous ce contrat." : undefined}
              />
            ))}
          </div>
        </Panel>
      ) : null}

      <Panel id="titre-prestations" title="Prestations">
        {manage && open ? (
          <p>
            <Link href={routes.staff.newContractLine(contract.id)} className={buttonClass("primary")}>
              Ajouter une prestation
            </Link>
          </p>
        ) : null}
        {contract.lines.length === 0 ? (
          <EmptyState>Aucune prestation pour l&apos;instant.</EmptyState>
        ) : (
          <ul className="space-y-4">
            {contract.lines.map((line) => {
              const upcoming = line.recurrence ? nextOccurrences(line.recurrence, contract, today, 3) : [];
              return (
                <li key={line.id} className="rounded-md border border-slate-300 p-4">
                  <h3 className="text-lg font-semibold">{line.task}</h3>
                  {line.description ? <p className="whitespace-pre-line text-slate-700">{line.description}</p> : null}
                  <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                    <dt className="font-medium">Fréquence</dt>
                    <dd>
                      {describeRecurrence(line.recurrence)}
                      {line.startMinutes !== null ? `, à ${minutesToTime(line.startMinutes)}` : ""} ({formatMinutes(line.durationMinutes)})
                    </dd>
                    {line.recurrence ? (
                      <>
                        <dt className="font-medium">Prochains passages</dt>
                        <dd>{upcoming.length ? upcoming.map((day) => formatDay(day)).join(", ") : "Aucun dans les dates du contrat"}</dd>
                      </>
                    ) : null}
                    <dt className="font-medium">Prix</dt>
                    <dd>
                      {formatEuros(line.unitPriceCents)} HT — {SERVICE_UNIT_LABELS[line.unit].toLowerCase()}
                    </dd>
                    <dt className="font-medium">Sites</dt>
                    <dd>{line.sites.map((s) => s.site.name).join(", ") || "Aucun"}</dd>
                    <dt className="font-medium">Équipe</dt>
                    <dd>{line.team?.name ?? "Aucune"}</dd>
                  </dl>
                  {manage && open ? (
                    <p className="mt-3">
                      <Link href={routes.staff.contractLine(contract.id, line.id)} className="text-brand-800 underline underline-offset-2">
                        Modifier ou archiver la prestation « {line.task} »
                      </Link>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </Panel>

      <DocumentsPanel
        documents={contract.documents}
        href={routes.staff.contractDocument}
        empty="Aucun document pour l'instant."
        editing={
          manage && open
            ? {
                deleteAction: deleteContractDocumentAction,
                uploadUrl: `${routes.staff.contractDocumentUpload}?contrat=${encodeURIComponent(contract.id)}`,
                refusal,
                titleMax: DOCUMENT_TITLE_MAX,
                hint: "le contrat signé, un avenant.",
              }
            : undefined
        }
      />
    </ContractFrame>
  );
}
