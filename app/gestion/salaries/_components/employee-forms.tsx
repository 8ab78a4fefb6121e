"use client";

import {
  addAbsenceAction,
  createEmployeeAction,
  deleteAbsenceAction,
  linkEmployeeAccountAction,
  updateEmployeeAction,
} from "@/app/gestion/salaries/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";
import {
  ABSENCE_NOTE_MAX,
  EMPLOYEE_NAME_MAX,
  PHONE_MAX,
  SKILL_MAX,
  SKILLS_MAX,
  WEEKLY_HOURS_MAX,
  absenceKindOptions,
  contractTypeOptions,
} from "@/lib/employees/model";
import { CatalogForm } from "../../_components/catalog-forms";
import { routes } from "@/lib/routes";

/** The employee's record as the form edits it: dates as <input type="date"> writes them, hours with a comma. */
export type EmployeeFormValues = {
  id: string;
  version: number;
  name: string;
  phone: string | null;
  contractType: string;
  startsOn: string;
  endsOn: string;
  weeklyHours: string;
  teamId: string;
  skills: string;
};

const actions = { create: createEmployeeAction, update: updateEmployeeAction };

/**
 * Creates an employee (no `employee`; `idempotencyKey` makes a double submission one record) or
 * edits one. Skills: boxes for those already in use at the Régie, and a field for new ones.
 */
export function EmployeeForm({
  employee,
  idempotencyKey,
  teams,
  skillsInUse,
}: {
  employee?: EmployeeFormValues;
  idempotencyKey?: string;
  teams: { value: string; label: string }[];
  skillsInUse: string[];
}) {
  const own = new Set((employee?.skills ?? "").split(", ").filter(Boolean));
  const offered = skillsInUse.filter((skill) => !own.has(skill));
  return (
    <CatalogForm
      item={employee}
      idField="employeeId"
      actions={actions}
      blank={{ contractType: "CDDI", weeklyHours: "26" }}
      createLabel="Créer la fiche"
      cancelHref={employee ? routes.staff.employee(employee.id) : routes.staff.employees}
    >
      {(form) => {
        const sentSkills = form.state && !form.state.ok ? [form.state.values?.skill ?? ""] : [];
        return (
          <>
            {idempotencyKey ? <input type="hidden" name="idempotencyKey" value={idempotencyKey} /> : null}
            <TextField {...form.field("name")} label="Nom et prénom" required maxLength={EMPLOYEE_NAME_MAX} autoComplete="off" />
            <TextField {...form.field("phone")} label="Téléphone (facultatif)" type="tel" maxLength={PHONE_MAX} autoComplete="off" />
            <SelectField {...form.field("contractType")} label="Type de contrat" options={contractTypeOptions} required />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField {...form.field("startsOn")} type="date" label="Début du contrat" required />
              <TextField {...form.field("endsOn")} type="date" label="Fin du contrat (facultatif)" hint="Vide pour un CDI." />
            </div>
            <TextField
              {...form.field("weeklyHours")}
              label="Heures par semaine"
              hint={`Plus de 0 et au plus ${WEEKLY_HOURS_MAX}, par exemple 26 ou 26,5.`}
              inputMode="decimal"
              required
              maxLength={6}
              autoComplete="off"
            />
            <SelectField {...form.field("teamId")} label="Équipe" options={teams} emptyLabel="Sans équipe" />
            {offered.length > 0 ? (
              <fieldset className="space-y-2">
                <legend className="text-sm font-medium text-slate-900">Compétences déjà utilisées à la Régie</legend>
                <div className="grid gap-2 sm:grid-cols-3">
                  {offered.map((skill, index) => (
                    <CheckboxField key={skill} name="skill" id={`competence-${index}`} value={skill} label={skill} defaultChecked={sentSkills.includes(skill)} />
                  ))}
                </div>
              </fieldset>
            ) : null}
            <TextField
              {...form.field("skills")}
              label={offered.length > 0 ? "Compétences (autres ou nouvelles)" : "Compétences"}
              hint={`Des mots courts séparés par des virgules, par exemple « débroussaillage, peinture ». ${SKILLS_MAX} au plus, ${SKILL_MAX} caractères chacune.`}
              autoComplete="off"
            />
          </>
        );
      }}
    </CatalogForm>
  );
}

/** Adds an absence: its kind, first and last day (included), a note. */
export function AbsenceForm({ employeeId }: { employeeId: string }) {
  const form = useActionForm(addAbsenceAction, { kind: "LEAVE" });
  return (
    <form action={form.formAction} className="space-y-4" noValidate>
      <FormStatus state={form.state} />
      <input type="hidden" name="employeeId" value={employeeId} />
      <SelectField {...form.field("kind")} id="absence-kind" label="Motif" options={absenceKindOptions} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...form.field("startsOn")} id="absence-startsOn" type="date" label="Premier jour" required />
        <TextField {...form.field("endsOn")} id="absence-endsOn" type="date" label="Dernier jour (inclus)" required />
      </div>
      <TextAreaField {...form.field("note")} id="absence-note" label="Note (facultatif)" rows={2} maxLength={ABSENCE_NOTE_MAX} />
      <SubmitButton pendingLabel="Enregistrement…">Ajouter l&apos;absence</SubmitButton>
    </form>
  );
}

/** Deleting an absence needs a ticked box (works without JavaScript); `label` names the absence. */
export function DeleteAbsenceForm({ absenceId, label }: { absenceId: string; label: string }) {
  const form = useActionForm(deleteAbsenceAction);
  const id = `supprimer-${absenceId}`;
  return (
    <form action={form.formAction} className="space-y-2" noValidate>
      <FormStatus state={form.state} />
      <input type="hidden" name="absenceId" value={absenceId} />
      <CheckboxField name="confirm" id={id} label={`Confirmer la suppression : ${label}`} errors={form.errors("confirm")} />
      <SubmitButton variant="secondary" pendingLabel="Suppression…">
        Supprimer<span className="sr-only"> l&apos;absence : {label}</span>
      </SubmitButton>
    </form>
  );
}

/** Links the record to an existing portal account, found by its e-mail address. */
export function LinkAccountForm({ employeeId, version }: { employeeId: string; version: number }) {
  const form = useActionForm(linkEmployeeAccountAction);
  return (
    <form action={form.formAction} className="space-y-4" noValidate>
      <FormStatus state={form.state} />
      <input type="hidden" name="employeeId" value={employeeId} />
      <input type="hidden" name="version" value={String(version)} />
      <TextField
        {...form.field("email")}
        type="email"
        label="Adresse e-mail du compte"
        hint="Le compte que la personne a créé sur le portail. S'il n'a pas encore le rôle Salarié, il le reçoit."
        required
        autoComplete="off"
      />
      <SubmitButton pendingLabel="Recherche…">Lier ce compte</SubmitButton>
    </form>
  );
}
