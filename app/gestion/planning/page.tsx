import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField, TextField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { optionalIdParam } from "@/lib/core/schemas";
import { formatLongDay } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { getTeamWeek, PLANNING_WEEK_LIMIT, type Planning, type PlanningJob } from "@/lib/work-orders/queries/planning";
import { formatStartTime } from "@/lib/work-orders/time";
import { addDays, isoDay, isoWeek, mondayOf, parseIsoWeek, weekDays } from "@/lib/core/calendar";
import { formatMinutes } from "@/lib/format/hours";
import { GestionNav } from "../_components/gestion-nav";
import { PlanningBoard, PlanningWeek, type CardJob, type WeekDay } from "./_components/planning-board";
import type { Conflicts } from "@/lib/work-orders/conflicts";
import { DAY_PREVIEW, pickDay, previewDay } from "@/lib/work-orders/day-preview";

export const metadata: Metadata = { title: "Gestion — planning des équipes" };

/** A card shows its first conflicts; the job's page lists them all. */
const CARD_CONFLICTS = 3;

const weekdayFormat = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/**
 * One team's week (`?equipe=…&semaine=2026-W49`): seven days, each day's first jobs (all of them
 * for the day opened by `&jour=2026-12-03`), moved by a form or by dragging.
 */
export default async function PlanningPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("work-orders:manage", routes.staff.planning);
  if (!actor) return <AccessDenied signedIn />;
  const query = await searchParams;
  const monday = parseIsoWeek(typeof query.semaine === "string" ? query.semaine : undefined) ?? mondayOf(new Date());
  const planning = await getTeamWeek(actor, optionalIdParam.parse(query.equipe), monday);

  return (
    <>
      <PageHeader title="Planning" intro="La semaine d'une équipe : ses interventions jour par jour, à déplacer ou à réaffecter." />
      <GestionNav current={routes.staff.planning} />
      {planning.team ? (
        <TeamWeek planning={planning} team={planning.team} monday={monday} openDay={query.jour} />
      ) : (
        <EmptyState>Aucune équipe pour l&apos;instant : le planning se remplit quand les équipes et les contrats sont créés.</EmptyState>
      )}
    </>
  );
}

function TeamWeek({ planning, team, monday, openDay }: { planning: Planning; team: { id: string; name: string }; monday: Date; openDay: unknown }) {
  const { teams, jobs, truncated, employees, conflicts } = planning;
  const week = isoWeek(monday);
  const days = weekDays(monday);
  const dayOptions = days.map((d) => ({ value: isoDay(d), label: weekdayFormat.format(d) }));
  const opened = pickDay(openDay, dayOptions.map((d) => d.value));
  const employeeOptions = employees.map((e) => ({ value: e.id, label: e.name }));
  // Each day's cards: its first few, or all of the opened day's; only those are drawn.
  const cardDays: WeekDay[] = days.map((day, index) => {
    const { value: iso, label } = dayOptions[index];
    const { shown, hidden } = previewDay(jobs.filter((job) => job.scheduledDate.getTime() === day.getTime()), iso === opened);
    return {
      iso,
      label,
      jobs: shown.map((job) => cardJob(job, conflicts)),
      hidden: hidden.length > 0 ? { count: hidden.length, conflicts: hidden.filter((job) => conflicts.has(job.id)).length } : null,
      collapsible: iso === opened && shown.length > DAY_PREVIEW,
    };
  });
  // The names the cards' warnings need, once: a warning names one of its job's people.
  const people = new Map(jobs.flatMap((job) => job.assignees.map((a) => [a.employee.id, a.employee.name] as const)));
  const named = cardDays.flatMap((d) => d.jobs.flatMap((job) => job.conflicts ?? [])).flatMap((c) => (c.kind === "teamAbsent" ? [] : [c.employeeId]));
  const names: Record<string, string> = {};
  for (const id of named) {
    const name = people.get(id);
    if (name !== undefined) names[id] = name;
  }
  const warned = conflicts.size;

  return (
    <>
      <FilterForm action={routes.staff.planning} label="Choisir l'équipe et la semaine" columns="sm:grid-cols-3" filtered={false} submitLabel="Afficher">
        <SelectField id="planning-equipe" name="equipe" label="Équipe" defaultValue={team.id} options={teams.map((t) => ({ value: t.id, label: t.name }))} />
        <TextField id="planning-semaine" name="semaine" type="week" label="Semaine" defaultValue={week} pattern="\d{4}-W\d{2}" />
      </FilterForm>

      <nav aria-label="Semaines" className="mb-4 flex flex-wrap items-center gap-4">
        <Link href={routes.staff.planningWeek(team.id, isoWeek(addDays(monday, -7)))} className="underline">
          ← Semaine précédente
        </Link>
        <h2 className="text-xl font-semibold">
          {team.name} — semaine du {formatLongDay(monday)}
        </h2>
        <Link href={routes.staff.planningWeek(team.id, isoWeek(addDays(monday, 7)))} className="underline">
          Semaine suivante →
        </Link>
      </nav>

      <p className="mb-3 text-slate-700">
        {plural(jobs.length, "intervention", "interventions")} cette semaine
        {warned > 0 ? `, dont ${warned} avec un conflit signalé` : ""}.
        {truncated ? ` Seules les ${PLANNING_WEEK_LIMIT} premières sont comptées : consultez la liste des interventions.` : ""} Chaque jour montre
        ses {DAY_PREVIEW} premières ; « Voir les … interventions » ouvre la journée entière. Glissez une carte vers un autre jour, ou ouvrez « Déplacer ou
        réaffecter » sur la carte.
      </p>

      <PlanningBoard teamId={team.id} days={dayOptions} employees={employeeOptions} names={names}>
        <PlanningWeek teamId={team.id} week={week} days={cardDays} />
      </PlanningBoard>
    </>
  );
}

/** What a card shows of a job, its words written here; what it lacks is left out of the data. */
function cardJob(job: PlanningJob, conflicts: Conflicts): CardJob {
  const all = conflicts.get(job.id);
  const movable = job.status === "PLANNED" || job.status === "ASSIGNED";
  return {
    id: job.id,
    number: job.number,
    version: job.version,
    task: job.task,
    when: `${formatStartTime(job.startMinutes)} · ${formatMinutes(job.durationMinutes)}`,
    place: job.site?.name ?? job.address ?? "Lieu à préciser",
    people: job.assignees.map((a) => a.employee.name).join(", ") || "Personne d'affecté",
    status: job.status,
    movable,
    ...(movable && job.assignees.length === 1 ? { current: job.assignees[0].employee.id } : {}),
    ...(all ? { conflicts: all.slice(0, CARD_CONFLICTS) } : {}),
    ...(all && all.length > CARD_CONFLICTS ? { moreConflicts: all.length - CARD_CONFLICTS } : {}),
  };
}
