import type { ActionResult } from "@/lib/actions/define-action";
import { SuccessNotice } from "./success-notice";

/** The form-level outcome of an action, announced to screen readers. */
export function FormStatus({ state }: { state: ActionResult<unknown> | undefined }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <SuccessNotice>
        {state.message}
      </SuccessNotice>
    ) : null;
  }
  return state.formError ? (
    <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900">
      {state.formError}
    </p>
  ) : null;
}
