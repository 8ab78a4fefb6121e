"use client";

import { useActionState } from "react";
import { updateNotificationSettingsAction } from "@/app/espace/actions";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus, fieldErrors } from "@/components/ui/form-status";

/** Emails on or off, as two explicit choices: a checkbox left unticked would send nothing at all. */
export function NotificationSettingsForm({ notifyByEmail }: { notifyByEmail: boolean }) {
  const [state, formAction] = useActionState(updateNotificationSettingsAction, undefined);
  const errors = fieldErrors(state, "notifyByEmail");
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <fieldset className="space-y-2" aria-describedby={errors ? "notifyByEmail-error" : undefined}>
        <legend className="font-medium text-slate-900">Recevoir aussi chaque notification par e-mail ?</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="notifyByEmail" value="yes" defaultChecked={notifyByEmail} /> Oui, à mon adresse e-mail
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="notifyByEmail" value="no" defaultChecked={!notifyByEmail} /> Non, seulement dans Mon espace
        </label>
        {errors ? (
          <p id="notifyByEmail-error" className="text-sm text-red-800">
            {errors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton variant="secondary" pendingLabel="Enregistrement…">
        Enregistrer ce choix
      </SubmitButton>
    </form>
  );
}
