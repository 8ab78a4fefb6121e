"use client";

import { updateNotificationSettingsAction } from "@/app/espace/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Emails on or off, as two explicit choices: a checkbox left unticked would send nothing at all. */
export function NotificationSettingsForm({ notifyByEmail }: { notifyByEmail: boolean }) {
  const { state, formAction, errors } = useActionForm(updateNotificationSettingsAction);
  const choiceErrors = errors("notifyByEmail");
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <fieldset className="space-y-2" aria-describedby={choiceErrors ? "notifyByEmail-error" : undefined}>
        <legend className="font-medium text-slate-900">Recevoir aussi chaque notification par e-mail ?</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="notifyByEmail" value="yes" defaultChecked={notifyByEmail} /> Oui, à mon adresse e-mail
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="notifyByEmail" value="no" defaultChecked={!notifyByEmail} /> Non, seulement dans Mon espace
        </label>
        {choiceErrors ? (
          <p id="notifyByEmail-error" className="text-sm text-red-800">
            {choiceErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton variant="secondary" pendingLabel="Enregistrement…">
        Enregistrer ce choix
      </SubmitButton>
    </form>
  );
}
