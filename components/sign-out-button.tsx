"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import { clientRoutes } from "@/lib/client-routes";
import { forgetOfflinePages } from "@/lib/work-orders/offline/forget-pages";

export type SignOutAction = (prev: ActionResult<null> | undefined, formData: FormData) => Promise<ActionResult<null>>;

/**
 * "Se déconnecter". The action is handed down by the layouts (app/(auth)/actions.ts, where every
 * server action lives): components/ does not import app/. With JavaScript the action runs and the
 * page's script forgets the offline pages. Without it (or before the script has loaded), the
 * permalink sends the form to routes.employee.signOut (clientRoutes.signOut), a route whose answer
 * tells the browser to clear its cache and which the phone's service worker sees go by (it forgets
 * the pages itself).
 */
export function SignOutButton({ action }: { action: SignOutAction }) {
  const [, formAction] = useActionState<ActionResult<null> | undefined, FormData>(action, undefined, clientRoutes.signOut);
  return (
    <form action={formAction} onSubmit={() => void forgetOfflinePages()}>
      <button type="submit" className="underline-offset-4 hover:underline">
        Se déconnecter
      </button>
    </form>
  );
}
