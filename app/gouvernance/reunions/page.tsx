import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { PaginatedTable } from "@/components/ui/data-table";
import { SelectField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { optionalIdParam, pageParam } from "@/lib/core/schemas";
import { formatDayTime } from "@/lib/format/dates";
import { MINUTES_STATUS_LABELS } from "@/lib/governance/model";
import { listActiveBodies, listMeetings } from "@/lib/governance/meetings/queries";
import { maySecretariat } from "@/lib/governance/positions";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { GouvernanceFrame } from "../_components/gouvernance-frame";
import { MeetingStatusBadge } from "./_components/labels";

export const metadata: Metadata = { title: "Gouvernance — réunions" };

const querySchema = z.object({
  instance: optionalIdParam,
  periode: z.enum(["a-venir", "passees"]).optional().catch(undefined),
  page: pageParam(),
});

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("governance:view", routes.governance.meetings);
  if (!actor) return <AccessDenied signedIn />;
  const query = querySchema.parse(await searchParams);
  const [list, bodies, keeps] = await Promise.all([listMeetings({ bodyId: query.instance, period: query.periode, page: query.page }), listActiveBodies(), maySecretariat(actor, "governance:manage-meetings")]);
  const filtered = !!(query.instance || query.periode);
  return (
    <GouvernanceFrame title="Réunions" intro="Les réunions des instances de l'association : à venir et passées, avec leurs décisions et comptes rendus." section={routes.governance.meetings}>
      {keeps ? (
        <p>
          <Link href={routes.governance.newMeeting} className={buttonClass("primary")}>
            Nouvelle réunion
          </Link>
        </p>
      ) : null}
      <FilterForm action={routes.governance.meetings} label="Filtrer les réunions" columns="sm:grid-cols-3" filtered={filtered}>
        <SelectField name="instance" label="Instance" defaultValue={query.instance ?? ""} emptyLabel="Toutes" options={bodies.map((b) => ({ value: b.id, label: b.name }))} />
        <SelectField
          name="periode"
          label="Période"
          defaultValue={query.periode ?? ""}
          emptyLabel="Toutes"
          options={[
            { value: "a-venir", label: "À venir" },
            { value: "passees", label: "Passées" },
          ]}
        />
      </FilterForm>
      <PaginatedTable
        caption="Réunions"
        count={plural(list.total, "réunion", "réunions")}
        none={filtered ? "Aucune réunion ne correspond à ces filtres." : "Aucune réunion pour l'instant."}
        showAll="Voir toutes les réunions"
        filtered={filtered}
        pagination={{ page: list.page, total: list.total, pageSize: list.pageSize, basePath: routes.governance.meetings, params: { instance: query.instance, periode: query.periode } }}
        rows={list.rows}
        columns={[
          {
            header: "Date",
            rowHeader: true,
            className: "whitespace-nowrap",
            cell: (m) => (
              <Link href={routes.governance.meeting(m.id)} className="text-brand-800 underline underline-offset-2">
                {formatDayTime(m.startsAt)}
              </Link>
            ),
          },
          { header: "Instance", cell: (m) => m.body.name },
          { header: "Lieu", cell: (m) => m.place },
          { header: "État", cell: (m) => <MeetingStatusBadge status={m.status} /> },
          { header: "Décisions", numeric: true, cell: (m) => m._count.decisions },
          { header: "Compte rendu", cell: (m) => MINUTES_STATUS_LABELS[m.minutesStatus] },
        ]}
      />
    </GouvernanceFrame>
  );
}
