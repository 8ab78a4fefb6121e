"use client";

import Link from "next/link";
import { createContext, useContext, useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { assignWorkOrderAction, rescheduleWorkOrderAction } from "@/app/gestion/interventions/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { Hidden, type Target } from "@/app/gestion/interventions/_components/work-order-forms";
import { ConflictList } from "@/app/gestion/interventions/_components/conflict-list";
import { WorkOrderStatusBadge } from "@/app/gestion/interventions/_components/status-badge";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import type { Conflict } from "@/lib/work-orders/conflicts";

/**
 * The team's week on the planning, drawn by one client component from small records: the days and
 * their cards are given as words (written on the server) rather than server markup, so that the
 * week is sent once as HTML and once as data, not twice as markup. The days, the team's people
 * and the conflicts' names are held once by the board.
 */

type Option = { value: string; label: string };

/**
 * A job as its card shows it. `movable`: planned or assigned, so it can be moved and dragged;
 * `current`, its one person if it has one (the reassignment form's choice). What a card lacks is
 * left out rather than sent empty: a week sends its cards twice, as HTML and as this data.
 */
export type CardJob = {
  id: string;
  number: number;
  version: number;
  task: string;
  when: string;
  place: string;
  people: string;
  status: WorkOrderStatus;
  movable: boolean;
  current?: string;
  /** The first warnings, and how many more the job's page lists. */
  conflicts?: Conflict[];
  moreConflicts?: number;
};

/** A day of the week: its cards shown, and what « Voir les … interventions » and « Réduire » say. */
export type WeekDay = {
  iso: string;
  label: string;
  jobs: CardJob[];
  /** The day's cards left out (the day is not opened) and how many of them warn: the link to the whole day. */
  hidden: { count: number; conflicts: number } | null;
  /** Opened in full and longer than a preview: the link back to the week. */
  collapsible: boolean;
};

/**
 * The seven days, each a region named by its heading and a place to drop a card. The cards' and
 * links' looks are app/globals.css `.week-grid` and `.week-card`: a week has up to a hundred cards.
 */
export function PlanningWeek({ teamId, week, days }: { teamId: string; week: string; days: WeekDay[] }) {
  return (
    <div className="week-grid grid gap-3 md:grid-cols-7">
      {days.map(({ iso, label, jobs, hidden, collapsible }) => (
        <Day key={iso} day={iso} label={label}>
          {jobs.length === 0 ? <p className="text-sm text-slate-700">Rien de prévu.</p> : null}
          <ul className="space-y-3">
            {jobs.map((job) => (
              <li key={job.id}>
                <PlanningCard job={job} day={iso} />
              </li>
            ))}
          </ul>
          {/* Links within the page: no prefetch (the page is read per request), a soft navigation when clicked. */}
          {hidden ? (
            <p className="text-sm">
              <Link href={routes.staff.planningWeek(teamId, week, iso)} prefetch={false}>
                {`Voir les ${jobs.length + hidden.count} interventions du ${label}`}
              </Link>
              {` (${plural(hidden.count, "autre", "autres")}${hidden.conflicts > 0 ? `, dont ${hidden.conflicts} avec un conflit` : ""})`}
            </p>
          ) : null}
          {collapsible ? (
            <p className="text-sm">
              <Link href={routes.staff.planningWeek(teamId, week)} prefetch={false}>
                {`Réduire le ${label}`}
              </Link>
            </p>
          ) : null}
        </Day>
      ))}
    </div>
  );
}

/**
 * A card: its lines, its warnings and, when it can move, « Déplacer ou réaffecter » and dragging.
 * Links to the job's page are plain <a>: a card has several, a week up to a hundred cards, and a
 * next/link each would prefetch every job's page in view on every visit.
 */
function PlanningCard({ job, day }: { job: CardJob; day: string }) {
  const { names } = useContext(BoardContext);
  const href = routes.staff.workOrder(job.id);
  const target = job.movable ? { workOrderId: job.id, version: job.version } : null;
  return (
    <article
      aria-label={`Intervention n° ${job.number}`}
      draggable={target ? true : undefined}
      onDragStart={
        target
          ? (event) => {
              event.dataTransfer.setData(DRAG_TYPE, JSON.stringify(target));
              event.dataTransfer.effectAllowed = "move";
            }
          : undefined
      }
      className="week-card"
    >
      <p className="font-semibold">{job.when}</p>
      <a href={href} className="block">{`n° ${job.number} — ${job.task}`}</a>
      <p className="text-slate-700">{job.place}</p>
      <p>{job.people}</p>
      <WorkOrderStatusBadge status={job.status} />
      {job.conflicts ? <ConflictList conflicts={job.conflicts} names={names} more={{ count: job.moreConflicts ?? 0, href }} /> : null}
      {target ? <CardActions target={target} day={day} current={job.current ?? ""} jobHref={href} /> : null}
    </article>
  );
}

/** On a card: move the job to another day of the week, its start time kept. */
function MoveDayForm({ target, day, days, idPrefix }: { target: Target; day: string; days: Option[]; idPrefix: string }) {
  const { state, formAction, field } = useActionForm(rescheduleWorkOrderAction, { date: day });
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormStatus state={state} />
      <Hidden {...target} />
      <input type="hidden" name="keepTime" value="on" />
      <SelectField id={`${idPrefix}-jour`} label="Jour" options={days} {...field("date")} />
      <SubmitButton variant="secondary">Déplacer</SubmitButton>
    </form>
  );
}

/** On a card: give the job to one person of the team (the team stays). */
function ReassignForm({ target, teamId, employees, current, idPrefix }: { target: Target; teamId: string; employees: Option[]; current: string; idPrefix: string }) {
  const { state, formAction, field } = useActionForm(assignWorkOrderAction, { employeeIds: current });
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormStatus state={state} />
      <Hidden {...target} />
      <input type="hidden" name="teamId" value={teamId} />
      <SelectField id={`${idPrefix}-personne`} label="Confier à" options={employees} emptyLabel="Toute l'équipe" {...field("employeeIds")} />
      <SubmitButton variant="secondary">Affecter</SubmitButton>
    </form>
  );
}

/**
 * A card's « Déplacer ou réaffecter »: its two forms are drawn only once the card is opened, from
 * the week's options the board holds once. A week of a hundred cards would otherwise send a
 * hundred copies of the days and the team's people (the page was 680 kB). Opened before the page
 * runs its script, or without script, the card links to the job's page, whose forms work without it.
 */
function CardActions({ target, day, current, jobHref }: { target: Target; day: string; current: string; jobHref: string }) {
  const { days, employees, teamId } = useContext(BoardContext);
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // Opened while the page was still loading: the toggle event came before React listened.
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);
  const idPrefix = `carte-${target.workOrderId}`;
  return (
    <details ref={details} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Déplacer ou réaffecter</summary>
      <div className="mt-2 space-y-3">
        {open ? (
          <>
            <MoveDayForm target={target} day={day} days={days} idPrefix={idPrefix} />
            <ReassignForm target={target} teamId={teamId} employees={employees} current={current} idPrefix={idPrefix} />
          </>
        ) : (
          <a href={jobHref}>
            Ouvrir l&apos;intervention pour la déplacer ou la réaffecter
          </a>
        )}
      </div>
    </details>
  );
}

// ─── Drag and drop: a shortcut for the "Déplacer" form, calling the same action ───────────────

type Board = { teamId: string; days: Option[]; employees: Option[]; names: Record<string, string>; announce: (text: string) => void };
const BoardContext = createContext<Board>({ teamId: "", days: [], employees: [], names: {}, announce: () => {} });

/** The week's board: holds the cards' options and names once, and announces the outcome of a drop (the forms announce their own). */
export function PlanningBoard({
  teamId,
  days,
  employees,
  names,
  children,
}: {
  teamId: string;
  days: Option[];
  employees: Option[];
  names: Record<string, string>;
  children: ReactNode;
}) {
  const [message, setMessage] = useState("");
  return (
    <BoardContext.Provider value={{ teamId, days, employees, names, announce: setMessage }}>
      <p role="status" aria-live="polite" className={message ? "mb-3 rounded-md border border-slate-400 bg-white px-3 py-2" : "sr-only"}>
        {message}
      </p>
      {children}
    </BoardContext.Provider>
  );
}

const DRAG_TYPE = "application/x-quartier-intervention";

/** A day of the week: a region named by its heading, where a dragged card can be dropped. */
function Day({ day, label, children }: { day: string; label: string; children: ReactNode }) {
  const { announce } = useContext(BoardContext);
  const [over, setOver] = useState(false);
  const [, startTransition] = useTransition();
  const headingId = `jour-${day}`;
  return (
    <section
      aria-labelledby={headingId}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const raw = event.dataTransfer.getData(DRAG_TYPE);
        if (!raw) return;
        event.preventDefault();
        const target = JSON.parse(raw) as Target;
        const form = new FormData();
        form.set("workOrderId", target.workOrderId);
        form.set("version", String(target.version));
        form.set("date", day);
        form.set("keepTime", "on");
        startTransition(async () => {
          const result = await rescheduleWorkOrderAction(undefined, form);
          announce(result.ok ? `Intervention déplacée au ${label}.` : (result.formError ?? "Déplacement impossible."));
        });
      }}
      className={`min-h-24 space-y-3 rounded-md border border-slate-300 p-2 ${over ? "bg-brand-50 ring-2 ring-brand-700" : "bg-slate-50"}`}
    >
      <h3 id={headingId} className="font-semibold first-letter:uppercase">
        {label}
      </h3>
      {children}
    </section>
  );
}
