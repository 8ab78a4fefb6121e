"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";

type Initial = Record<string, string | number | boolean | null | undefined>;
type Action<T> = (prev: ActionResult<T> | undefined, formData: FormData) => Promise<ActionResult<T>>;

/**
 * A form on a server action (lib/actions/define-action.ts), the way every form of the portal works:
 * `useActionState` for the outcome, and for each field its value and its errors. After a refusal a
 * field shows what was sent (the action echoes it back, never passwords); otherwise `initial`.
 * Spread `field(name)` on a TextField, TextAreaField or SelectField and `checkbox(name)` on a
 * CheckboxField. Works without JavaScript: the action runs as a plain form post.
 */
export function useActionForm<T>(action: Action<T>, initial: Initial = {}) {
  const [state, formAction, pending] = useActionState<ActionResult<T> | undefined, FormData>(action, undefined);
  const refused = !!state && !state.ok;
  const errors = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  const sent = (name: string) => (state && !state.ok ? state.values?.[name] : undefined);
  const initialText = (name: string) => {
    const value = initial[name];
    return value === null || value === undefined ? "" : String(value);
  };
  return {
    state,
    formAction,
    pending,
    errors,
    /** What the field shows: what was sent after a refusal, else its initial value. */
    value: (name: string) => (refused ? (sent(name) ?? "") : initialText(name)),
    field: (name: string) => ({ name, defaultValue: refused ? (sent(name) ?? "") : initialText(name), errors: errors(name) }),
    /** An unticked box sends nothing, so after a refusal "not sent" means unticked. */
    checkbox: (name: string) => ({
      name,
      defaultChecked: refused ? sent(name) === "on" : initial[name] === true,
      errors: errors(name),
    }),
  };
}
