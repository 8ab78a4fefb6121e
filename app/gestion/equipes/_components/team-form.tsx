"use client";

import { createTeamAction, updateTeamAction } from "@/app/gestion/equipes/actions";
import { TextField } from "@/components/ui/field";
import { TextAreaField } from "@/components/ui/text-area";
import { TEAM_DESCRIPTION_MAX, TEAM_NAME_MAX } from "@/lib/employees/model";
import { CatalogForm } from "../../_components/catalog-forms";
import { routes } from "@/lib/routes";

const actions = { create: createTeamAction, update: updateTeamAction };

/** Creates a team (no `team`) or edits one at the version it was loaded. */
export function TeamForm({ team }: { team?: { id: string; version: number; name: string; description: string | null } }) {
  return (
    <CatalogForm
      item={team}
      idField="teamId"
      actions={actions}
      blank={{}}
      createLabel="Créer l'équipe"
      cancelHref={team ? routes.staff.team(team.id) : routes.staff.teams}
    >
      {(form) => (
        <>
          <TextField {...form.field("name")} label="Nom de l'équipe" hint={`${TEAM_NAME_MAX} caractères au plus ; deux équipes ne portent pas le même nom.`} required maxLength={TEAM_NAME_MAX} autoComplete="off" />
          <TextAreaField {...form.field("description")} label="Description (facultatif)" hint="Son secteur, ses chantiers habituels, son encadrant." rows={3} maxLength={TEAM_DESCRIPTION_MAX} />
        </>
      )}
    </CatalogForm>
  );
}
