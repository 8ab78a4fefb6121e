"use client";

import { setAccountStatusAction } from "@/app/admin/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/** Disables an active account or re-enables a disabled one; the page shows the new state after. */
export function AccountStatusForm({ userId, status }: { userId: string; status: "ACTIVE" | "DISABLED" }) {
  const { state, formAction } = useActionForm(setAccountStatusAction);
  const disabling = status === "ACTIVE";

  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="status" value={disabling ? "DISABLED" : "ACTIVE"} />
      <FormStatus state={state} />
      <p className="max-w-prose text-slate-800">
        {disabling
          ? "Une fois le compte désactivé, la personne ne peut plus se connecter et ses sessions ouvertes sont fermées. Ses rôles sont conservés."
          : "Ce compte est désactivé : la personne ne peut pas se connecter. En le réactivant, elle retrouve l'accès que lui donnent ses rôles."}
      </p>
      <SubmitButton variant={disabling ? "danger" : "primary"} pendingLabel="Mise à jour…">
        {disabling ? "Désactiver le compte" : "Réactiver le compte"}
      </SubmitButton>
    </form>
  );
}
