"use client";

import { signOutAction } from "@/app/(auth)/actions";
import { endDeviceAction, endOtherDevicesAction } from "@/app/espace/appareils/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Ends one other device; the button names the device, for screen readers reading it alone. */
export function EndDeviceForm({ sessionId, deviceLabel }: { sessionId: string; deviceLabel: string }) {
  const { state, formAction } = useActionForm(endDeviceAction);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <SubmitButton variant="secondary" pendingLabel="Déconnexion…" aria-label={`Déconnecter ${deviceLabel}`}>
        Déconnecter
      </SubmitButton>
    </form>
  );
}

/** This device: the ordinary sign-out. */
export function SignOutHereForm() {
  const { state, formAction } = useActionForm(signOutAction);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <SubmitButton variant="secondary" pendingLabel="Déconnexion…">
        Me déconnecter de cet appareil
      </SubmitButton>
    </form>
  );
}

export function EndOtherDevicesForm() {
  const { state, formAction } = useActionForm(endOtherDevicesAction);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <SubmitButton pendingLabel="Déconnexion…">Déconnecter tous mes autres appareils</SubmitButton>
    </form>
  );
}
