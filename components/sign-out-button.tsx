"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/define-action";
import { forgetOfflinePages } from "@/lib/work-orders/offline/forget-pages";

export type SignOutAction = (prev: ActionResult<null> | undefined, formData: FormData) => Promise<ActionResult<null>>;

/**
 * "Se déconnecter". The action is handed down by the layouts (app/(auth)/actions.ts, where every
 * server action lives): components/ does not import app/.
 */
export function SignOutButton({ action }: { action: SignOutAction }) {
  const { formAction } = useActionForm(action);
  return (
    <form action={formAction} onSubmit={() => void forgetOfflinePages()}>
      <button type="submit" className="underline-offset-4 hover:underline">
        Se déconnecter
      </button>
    </form>
  );
}
