"use client";

import {
  assignWorkOrderAction,
  cancelWorkOrderAction,
  createWorkOrderAction,
  generateWorkOrdersAction,
  moveWorkOrderAction,
  rescheduleWorkOrderAction,
} from "@/app/gestion/interventions/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";
import type { ButtonVariant } from "@/components/ui/styles";
import { formatShortDay } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { DEFAULT_GENERATION_WEEKS, MAX_DURATION_MINUTES, MAX_GENERATION_WEEKS, type StaffButtonMove } from "@/lib/work-orders/schemas";

type Option = { value: string; label: string };
export type Target = { workOrderId: string; version: number };

export function Hidden({ workOrderId, version }: Target) {
  return (
    <>
      <input type="hidden" name="workOrderId" value={workOrderId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export type CreationPrefill = { reportId?: string; siteId?: string; address?: string; task?: string; description?: string; date: string };

/** A one-off job: under a contract line (at one of its sites) or outside any contract; or a report's. */
export function CreateWorkOrderForm({
  lines,
  sites,
  teams,
  prefill,
  idempotencyKey,
}: {
  lines: Option[];
  sites: Option[];
  teams: Option[];
  prefill: CreationPrefill;
  idempotencyKey: string;
}) {
  const { state, formAction, field } = useActionForm(createWorkOrderAction, { ...prefill, durationMinutes: 60 });
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {prefill.reportId ? <input type="hidden" name="reportId" value={prefill.reportId} /> : null}
      <SelectField
        id="prestation"
        label="Prestation du contrat"
        hint="Laissez « Hors contrat » pour une intervention ponctuelle. Sous contrat, le site doit être un de ceux de la prestation et la date dans les dates du contrat."
        options={lines}
        emptyLabel="Hors contrat"
        {...field("contractLineId")}
      />
      <SelectField id="site" label="Site" options={sites} emptyLabel="Aucun (adresse ci-dessous)" {...field("siteId")} />
      <TextField id="adresse" label="Adresse ou précision du lieu" hint="Par exemple : local poubelles, cour arrière." maxLength={300} {...field("address")} />
      <TextField id="tache" label="Tâche" required maxLength={200} {...field("task")} />
      <TextAreaField id="description" label="Description (facultatif)" rows={3} maxLength={2000} {...field("description")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="date" label="Date" type="date" required {...field("date")} />
        <TextField id="heure" label="Heure de début (facultatif)" type="time" {...field("startTime")} />
        <TextField id="duree" label="Durée (minutes)" type="number" min={5} max={MAX_DURATION_MINUTES} step={5} required {...field("durationMinutes")} />
      </div>
      <SelectField id="equipe" label="Équipe" options={teams} emptyLabel="Pas encore d'équipe" {...field("teamId")} />
      <TextAreaField id="note-interne" label="Note interne (jamais montrée au partenaire)" rows={2} maxLength={2000} {...field("internalNote")} />
      <SubmitButton>Créer l&apos;intervention</SubmitButton>
    </form>
  );
}

/** "Générer": the contract lines' jobs for the coming weeks (all running contracts, or one). */
export function GenerateForm({ contracts }: { contracts: Option[] }) {
  const { state, formAction, field } = useActionForm(generateWorkOrdersAction, { weeks: DEFAULT_GENERATION_WEEKS });
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} />
      {state?.ok ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {state.data.created === 0
            ? "Aucune nouvelle intervention : le planning de ces semaines était déjà généré."
            : `${plural(state.data.created, "intervention créée", "interventions créées")} jusqu'au ${formatShortDay(state.data.to)}.`}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3 sm:items-end">
        <TextField id="semaines" label="Semaines à venir" type="number" min={1} max={MAX_GENERATION_WEEKS} required {...field("weeks")} />
        <SelectField id="generer-contrat" label="Contrat" options={contracts} emptyLabel="Tous les contrats en cours" {...field("contractId")} />
        <SubmitButton pendingLabel="Génération…">Générer les interventions</SubmitButton>
      </div>
    </form>
  );
}

/** A team and/or people; the people are offered team by team (non-archived only). */
export function AssignForm({
  target,
  teams,
  teamId,
  employeeIds,
  idPrefix = "affecter",
}: {
  target: Target;
  teams: { id: string; name: string; employees: { id: string; name: string }[] }[];
  teamId: string | null;
  employeeIds: string[];
  idPrefix?: string;
}) {
  const { state, formAction, field, errors } = useActionForm(assignWorkOrderAction, { teamId: teamId ?? "" });
  const employeeErrors = errors("employeeIds");
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <Hidden {...target} />
      <SelectField id={`${idPrefix}-equipe`} label="Équipe" options={teams.map((t) => ({ value: t.id, label: t.name }))} emptyLabel="Aucune" {...field("teamId")} />
      <fieldset className="space-y-2" aria-describedby={employeeErrors?.length ? `${idPrefix}-personnes-error` : undefined}>
        <legend className="text-sm font-medium text-slate-900">Personnes</legend>
        {teams
          .filter((team) => team.employees.length > 0)
          .map((team) => (
            <div key={team.id} className="space-y-1">
              <p className="text-sm text-slate-700">{team.name}</p>
              <ul className="grid gap-1 sm:grid-cols-2">
                {team.employees.map((employee) => (
                  <li key={employee.id}>
                    <CheckboxField
                      id={`${idPrefix}-${employee.id}`}
                      name="employeeIds"
                      value={employee.id}
                      label={employee.name}
                      defaultChecked={employeeIds.includes(employee.id)}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        {employeeErrors?.length ? (
          <p id={`${idPrefix}-personnes-error`} className="text-sm font-medium text-red-800">
            {employeeErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton variant="secondary">Enregistrer l&apos;affectation</SubmitButton>
    </form>
  );
}

export function RescheduleForm({ target, date, startTime }: { target: Target; date: string; startTime: string }) {
  const { state, formAction, field } = useActionForm(rescheduleWorkOrderAction, { date, startTime });
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <Hidden {...target} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="deplacer-date" label="Nouvelle date" type="date" required {...field("date")} />
        <TextField id="deplacer-heure" label="Heure de début (facultatif)" type="time" {...field("startTime")} />
      </div>
      <SubmitButton variant="secondary">Déplacer</SubmitButton>
    </form>
  );
}

/** Cancelling says why (the partner reads it): the reason is the confirmation. */
export function CancelForm({ target }: { target: Target }) {
  const { state, formAction, field } = useActionForm(cancelWorkOrderAction);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <Hidden {...target} />
      <TextAreaField id="annuler-raison" label="Raison de l'annulation (communiquée au partenaire)" rows={2} maxLength={2000} required {...field("reason")} />
      <SubmitButton variant="danger">Annuler l&apos;intervention</SubmitButton>
    </form>
  );
}

/** One move of the table (start, complete, validate, send back, unassign, restore). */
export function MoveForm({ target, move, label, variant = "secondary", withComment }: { target: Target; move: StaffButtonMove; label: string; variant?: ButtonVariant; withComment?: string }) {
  const { state, formAction, field } = useActionForm(moveWorkOrderAction);
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <FormStatus state={state} />
      <Hidden {...target} />
      <input type="hidden" name="move" value={move} />
      {withComment ? <TextAreaField id={`${move}-commentaire`} label={withComment} rows={2} maxLength={2000} {...field("comment")} /> : null}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}
