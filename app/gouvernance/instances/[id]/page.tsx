import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { loadRecord } from "@/lib/auth/load-record";
import { can } from "@/lib/authz/policy";
import { pageParam } from "@/lib/core/schemas";
import { BODY_KIND_LABELS } from "@/lib/governance/model";
import { MANDATES_PER_PAGE, getBodyWithMandates } from "@/lib/governance/queries/bodies";
import { maySecretariat } from "@/lib/governance/positions";
import { routes, type GovernanceNotice } from "@/lib/routes";
import { ConfirmedActionForm } from "@/components/ui/action-forms";
import { archiveGovernanceBodyAction } from "../actions";
import { GouvernanceFrame } from "../../_components/gouvernance-frame";
import { MandateTable, SeatTable } from "../_components/mandate-table";

export const metadata: Metadata = { title: "Gouvernance — instance" };

const NOTICES: Partial<Record<GovernanceNotice, string>> = {
  "instance-creee": "L'instance est créée.",
  "instance-modifiee": "L'instance est enregistrée.",
  "mandat-cree": "Le mandat est enregistré.",
  "mandat-modifie": "Le mandat est modifié.",
  "mandat-termine": "Le mandat est terminé.",
};

export default async function BodyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const page = pageParam().parse(query.page);
  const loaded = await loadRecord("governance:view", routes.governance.body, params, (_actor, id) => getBodyWithMandates(id, { pastPage: page }));
  if (!loaded) return <AccessDenied signedIn />;
  const { actor, record: body } = loaded;
  const manage = !body.archivedAt && (await maySecretariat(actor, "governance:manage-mandates"));
  const admin = can(actor, "governance:manage-settings");
  const notice = typeof query.fait === "string" && Object.hasOwn(NOTICES, query.fait) ? NOTICES[query.fait as GovernanceNotice] : undefined;

  return (
    <GouvernanceFrame
      title={body.name}
      intro={`${BODY_KIND_LABELS[body.kind]}${body.archivedAt ? " (archivée)" : ""}${body.description ? ` : ${body.description}` : ""}`}
      section={routes.governance.bodies}
      crumbs={[{ href: routes.governance.bodies, label: "Instances et mandats" }]}
      notice={notice}
    >
      {manage || admin ? (
        <p className="flex flex-wrap gap-3">
          {manage ? (
            <Link href={routes.governance.newMandate(body.id)} className={buttonClass("primary")}>
              Ajouter un mandat
            </Link>
          ) : null}
          {admin && !body.archivedAt ? (
            <Link href={routes.governance.editBody(body.id)} className={buttonClass("secondary")}>
              Modifier l’instance
            </Link>
          ) : null}
        </p>
      ) : null}

      {body.seats ? (
        <Panel id="titre-sieges" title="Sièges par collège">
          <SeatTable seats={body.seats} />
        </Panel>
      ) : null}

      <Panel id="titre-en-cours" title="Mandats en cours">
        {body.current.length === 0 ? <EmptyState>Aucun mandat en cours.</EmptyState> : <MandateTable caption="Mandats en cours" mandates={body.current} manageBodyId={manage ? body.id : undefined} />}
      </Panel>

      {body.upcoming.length > 0 ? (
        <Panel id="titre-a-venir" title="Mandats à venir">
          <MandateTable caption="Mandats à venir" mandates={body.upcoming} manageBodyId={manage ? body.id : undefined} />
        </Panel>
      ) : null}

      <Panel id="titre-passes" title="Mandats passés">
        {body.past.length === 0 ? (
          <EmptyState>Aucun mandat terminé.</EmptyState>
        ) : (
          <>
            <MandateTable caption="Mandats passés" mandates={body.past} />
            <Pagination page={page} basePath={routes.governance.body(body.id)} params={{}} total={body.pastTotal} pageSize={MANDATES_PER_PAGE} />
          </>
        )}
      </Panel>

      {admin && !body.archivedAt ? (
        <Panel id="titre-archiver" title="Archiver l'instance">
          <p>Une instance n’est jamais supprimée : archivée, elle n’apparaît plus dans les listes ni sur la page publique. Terminez d’abord ses mandats.</p>
          <ConfirmedActionForm
            id="archivage"
            action={archiveGovernanceBodyAction}
            fields={{ bodyId: body.id, version: String(body.version) }}
            confirm="Je confirme l'archivage : l'instance disparaît des listes ; ses mandats et réunions passés restent."
            buttonLabel="Archiver l’instance"
            variant="danger"
            pendingLabel="Archivage…"
          />
        </Panel>
      ) : null}
    </GouvernanceFrame>
  );
}
