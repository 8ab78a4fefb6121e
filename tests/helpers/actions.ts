import { expect } from "vitest";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import type { ActionResult, ServerAction } from "@/lib/actions/define-action";

/** Calling server actions the way a form post does: `action(previousState, formData)`. */

export type FieldValue = string | Blob | readonly (string | Blob)[] | undefined;
export type Fields = Record<string, FieldValue>;

/** Builds FormData from an object; arrays become repeated keys, undefined is left out. */
export function toFormData(fields: Fields = {}): FormData {
  const formData = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) formData.append(key, item as string | Blob);
  }
  return formData;
}

export function callAction<T>(action: ServerAction<T>, fields: Fields = {}): Promise<ActionResult<T>> {
  return action(undefined, toFormData(fields));
}

type Refusal = Extract<ActionResult, { ok: false }>;

/** The call returned a refusal (not a success, not a redirect); returns it for more checks. */
export async function expectRefused(promise: Promise<ActionResult<unknown>>): Promise<Refusal> {
  const result = await promise;
  if (result.ok) expect.fail(`Expected the action to refuse, it succeeded: ${JSON.stringify(result)}`);
  return result;
}

/** The call succeeded without redirecting; returns its result. */
export async function expectSuccess<T>(promise: Promise<ActionResult<T>>): Promise<Extract<ActionResult<T>, { ok: true }>> {
  const result = await promise;
  if (!result.ok) expect.fail(`Expected the action to succeed, it refused: ${JSON.stringify(result)}`);
  return result;
}

/** The call ended with next/navigation's redirect() to exactly `path`. */
export async function expectRedirect(promise: Promise<unknown>, path: string) {
  let returned: unknown;
  try {
    returned = await promise;
  } catch (error) {
    if (!isRedirectError(error)) throw error;
    expect(getURLFromRedirectError(error)).toBe(path);
    return;
  }
  expect.fail(`Expected a redirect to ${path}, the action returned ${JSON.stringify(returned)}`);
}
