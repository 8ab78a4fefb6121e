import type { Metadata } from "next";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { PaginatedTable } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { Panel } from "@/components/ui/panel";
import { pageActor } from "@/lib/auth/guard";
import { isoDay, parisToday } from "@/lib/core/calendar";
import { optionalIdParam, pageParam } from "@/lib/core/schemas";
import { formatDay } from "@/lib/format/dates";
import { formatWorkedTime } from "@/lib/format/hours";
import { plural } from "@/lib/format/numbers";
import { enumOptions } from "@/lib/format/options";
import { routes } from "@/lib/routes";
import { HOURS_STATUS_LABELS } from "@/lib/volunteering/model";
import { listActivities, listHoursForReview, listVolunteers } from "@/lib/volunteering/queries/staff";
import { RowActionForm } from "@/components/ui/action-forms";
import { validateVolunteerHoursAction } from "../actions";
import { RefuseHoursForm, StaffHoursForm } from "../_components/staff-forms";
import { SectionFrame } from "../../_components/section-frame";
import { VolunteeringLinks } from "../_components/volunteering-links";

export const metadata: Metadata = { title: "Gestion — heures des bénévoles" };

const STATUSES = ["SUBMITTED", "VALIDATED", "REFUSED"] as const;
/** The filters, from the URL's French names; submitted hours by default (what is to do). */
const querySchema = z.object({
  statut: z.enum([...STATUSES, "tous"]).optional().catch(undefined),
  benevole: optionalIdParam,
  mois: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional().catch(undefined),
  page: pageParam(),
  fait: z.string().optional().catch(undefined),
});

export default async function VolunteerHoursPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("volunteering:manage", routes.staff.volunteerHours);
  if (!actor) return <AccessDenied signedIn />;
  const query = querySchema.parse(await searchParams);
  const status = query.statut === "tous" ? undefined : (query.statut ?? "SUBMITTED");
  const [list, volunteers, activities] = await Promise.all([
    listHoursForReview(actor, { status, userId: query.benevole, month: query.mois, page: query.page }),
    listVolunteers(actor),
    listActivities(actor),
  ]);
  const filtered = !!(query.statut || query.benevole || query.mois);
  const params = { statut: query.statut, benevole: query.benevole, mois: query.mois };

  return (
    <SectionFrame
      title="Heures des bénévoles"
      intro="Les heures déclarées par les bénévoles ou saisies par l'équipe : validez-les ou refusez-les. Personne ne valide ses propres heures."
      notice={query.fait === "heures" ? "Les heures sont enregistrées, à valider." : undefined}
      section={routes.staff.volunteering}
      crumbs={[{ href: routes.staff.volunteering, label: "Bénévolat" }]}
    >
      <VolunteeringLinks current={routes.staff.volunteerHours} />
      <FilterForm action={routes.staff.volunteerHours} label="Filtrer les heures" columns="sm:grid-cols-3" filtered={filtered}>
        <SelectField name="statut" label="État" defaultValue={query.statut ?? "SUBMITTED"} options={[...enumOptions(HOURS_STATUS_LABELS, STATUSES), { value: "tous", label: "Tous" }]} />
        <SelectField name="benevole" label="Bénévole" defaultValue={query.benevole ?? ""} emptyLabel="Tous" options={volunteers.map((v) => ({ value: v.userId, label: v.user.name }))} />
        <TextField name="mois" label="Mois" type="month" defaultValue={query.mois ?? ""} />
      </FilterForm>

      <PaginatedTable
        caption="Heures des bénévoles"
        count={plural(list.total, "déclaration", "déclarations")}
        none={filtered ? "Aucune heure ne correspond à ces filtres." : "Aucune heure à valider."}
        showAll="Voir les heures à valider"
        filtered={filtered}
        pagination={{ page: list.page, total: list.total, pageSize: list.pageSize, basePath: routes.staff.volunteerHours, params }}
        rows={list.rows}
        columns={[
          { header: "Bénévole", rowHeader: true, cell: (h) => h.user.name },
          { header: "Jour", className: "whitespace-nowrap", cell: (h) => formatDay(h.day) },
          { header: "Durée", numeric: true, cell: (h) => formatWorkedTime(h.minutes) },
          { header: "Activité", cell: (h) => (h.mission ? `${h.activity.name} (${h.mission.title})` : h.activity.name) },
          { header: "Note", className: "min-w-40", cell: (h) => h.note ?? "" },
          { header: "Saisie par", cell: (h) => h.enteredBy?.name ?? "" },
          {
            header: "État",
            className: "min-w-56",
            cell: (h) =>
              h.status !== "SUBMITTED" ? (
                `${HOURS_STATUS_LABELS[h.status]}${h.refusalReason ? ` : ${h.refusalReason}` : ""}`
              ) : h.userId === actor.id ? (
                "Vos heures : un·e collègue les validera."
              ) : (
                <div className="space-y-2">
                  <RowActionForm action={validateVolunteerHoursAction} fields={{ hoursId: h.id, version: String(h.version) }}>
                    Valider<span className="sr-only"> les heures de {h.user.name} du {formatDay(h.day)}</span>
                  </RowActionForm>
                  <details>
                    <summary className="cursor-pointer text-brand-800 underline underline-offset-2">Refuser…</summary>
                    <RefuseHoursForm hoursId={h.id} version={h.version} />
                  </details>
                </div>
              ),
          },
        ]}
      />

      <Panel id="titre-saisir" title="Saisir des heures pour un·e bénévole">
        <StaffHoursForm
          volunteers={volunteers.map((v) => ({ value: v.userId, label: v.user.name }))}
          activities={activities.map((a) => ({ value: a.id, label: a.name }))}
          today={isoDay(parisToday())}
        />
      </Panel>
    </SectionFrame>
  );
}
