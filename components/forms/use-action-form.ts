"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";

type Initial = Record<string, string | number | boolean | null | undefined>;
/** A server action a form posts to (defineAction's, seen from the client). */
export type FormAction<T> = (prev: ActionResult<T> | undefined, formData: FormData) => Promise<ActionResult<T>>;

/**
 * What each field of a form shows for an action's outcome: after a refusal, what was sent (the
 * action echoes it back, never passwords) and the field's errors; otherwise `initial`. For a form
 * that keeps its outcome itself (the report form posts with fetch); others use useActionForm.
 */
export function formFields(state: ActionResult<unknown> | undefined, initial: Initial = {}) {
  const refused = !!state && !state.ok;
  const errors = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  const sent = (name: string) => (state && !state.ok ? state.values?.[name] : undefined);
  const initialText = (name: string) => {
    const value = initial[name];
    return value === null || value === undefined ? "" : String(value);
  };
  /** What the field shows: what was sent after a refusal, else its initial value. */
  const value = (name: string) => (refused ? (sent(name) ?? "") : initialText(name));
  return {
    errors,
    value,
    field: (name: string) => ({ name, defaultValue: value(name), errors: errors(name) }),
    /** An unticked box sends nothing, so after a refusal "not sent" means unticked. */
    checkbox: (name: string) => ({
      name,
      defaultChecked: refused ? sent(name) === "on" : initial[name] === true,
      errors: errors(name),
    }),
  };
}

/**
 * A form on a server action (lib/actions/define-action.ts), the way every form of the portal works:
 * `useActionState` for the outcome, and for each field its value and its errors (formFields).
 * Spread `field(name)` on a TextField, TextAreaField or SelectField and `checkbox(name)` on a
 * CheckboxField. Works without JavaScript: the action runs as a plain form post.
 */
export function useActionForm<T>(action: FormAction<T>, initial: Initial = {}) {
  const [state, formAction, pending] = useActionState<ActionResult<T> | undefined, FormData>(action, undefined);
  return { state, formAction, pending, ...formFields(state, initial) };
}
