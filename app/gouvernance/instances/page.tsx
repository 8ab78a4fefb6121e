import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { DataTable } from "@/components/ui/data-table";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { can } from "@/lib/authz/policy";
import { formatDay } from "@/lib/format/dates";
import { BODY_KIND_LABELS, MANDATE_POSITION_LABELS } from "@/lib/governance/model";
import { ENDING_SOON_DAYS, listBodiesWithMandates, listMandatesEndingSoon } from "@/lib/governance/queries/bodies";
import { routes } from "@/lib/routes";
import { MandateTable, SeatTable } from "./_components/mandate-table";
import { GouvernanceFrame } from "../_components/gouvernance-frame";

export const metadata: Metadata = { title: "Gouvernance — instances et mandats" };

const NOTICES: Record<string, string> = { "instance-archivee": "L'instance est archivée." };

export default async function BodiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("governance:view", routes.governance.bodies);
  if (!actor) return <AccessDenied signedIn />;
  const query = await searchParams;
  const [bodies, endingSoon] = await Promise.all([listBodiesWithMandates(), listMandatesEndingSoon()]);
  const admin = can(actor, "governance:manage-settings");
  const notice = typeof query.fait === "string" ? NOTICES[query.fait] : undefined;

  return (
    <GouvernanceFrame
      title="Instances et mandats"
      intro="Qui siège aujourd'hui dans chaque instance de l'association, pour quel collège et jusqu'à quand."
      section={routes.governance.bodies}
      notice={notice}
    >
      {admin ? (
        <p>
          <Link href={routes.governance.newBody} className={buttonClass("primary")}>
            Nouvelle instance
          </Link>
        </p>
      ) : null}

      <Panel id="titre-fin-proche" title={`Mandats qui se terminent dans les ${ENDING_SOON_DAYS} jours`}>
        {endingSoon.length === 0 ? (
          <EmptyState>Aucun mandat ne se termine dans les {ENDING_SOON_DAYS} prochains jours.</EmptyState>
        ) : (
          <DataTable
            caption={`Mandats qui se terminent dans les ${ENDING_SOON_DAYS} jours`}
            rows={endingSoon}
            columns={[
              { header: "Titulaire", rowHeader: true, cell: (m) => m.member.name },
              { header: "Instance", cell: (m) => <Link href={routes.governance.body(m.body.id)} className="text-brand-800 underline underline-offset-2">{m.body.name}</Link> },
              { header: "Poste", cell: (m) => MANDATE_POSITION_LABELS[m.position] },
              { header: "Dernier jour", cell: (m) => (m.endsOn ? formatDay(m.endsOn) : "") },
            ]}
          />
        )}
      </Panel>

      {bodies.length === 0 ? <EmptyState>Aucune instance n’est encore enregistrée.</EmptyState> : null}
      {bodies.map((body) => (
        <Panel key={body.id} id={`instance-${body.id}`} title={body.name}>
          <p className="text-slate-700">
            {BODY_KIND_LABELS[body.kind]} · {body.mandates.length} mandat{body.mandates.length > 1 ? "s" : ""} en cours ·{" "}
            <Link href={routes.governance.body(body.id)} className="text-brand-800 underline underline-offset-2">
              Voir l’instance<span className="sr-only"> {body.name}</span>
            </Link>
          </p>
          {body.seats ? <SeatTable seats={body.seats} /> : null}
          {body.mandates.length === 0 ? <EmptyState>Aucun mandat en cours.</EmptyState> : <MandateTable caption={`Mandats en cours : ${body.name}`} mandates={body.mandates} />}
        </Panel>
      ))}
    </GouvernanceFrame>
  );
}
