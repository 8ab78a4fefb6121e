import "server-only";
import { randomBytes } from "node:crypto";
import type { ActionResult } from "@/lib/actions/define-action";

/**
 * A refused report form sent without JavaScript: the upload route answers 303 back to the form,
 * and the form page shows the errors next to the fields and what was typed, as a server action's
 * re-render did. The refusal rides in a short-lived cookie of this browser, matched by a random
 * `refus` parameter of the address, so a later visit of the form starts clean.
 */
export const REFUSAL_COOKIE = "quartier-refus";
const MAX_COOKIE_BYTES = 3800;

type Refusal = Extract<ActionResult<unknown>, { ok: false }>;
type Stored = { form: string; nonce: string; result: Refusal };

const encode = (stored: Stored) => Buffer.from(JSON.stringify(stored)).toString("base64url");

/** The cookie's value and the nonce to put in the address; the typed text is left out if too long. */
export function encodeRefusal(form: string, result: Refusal): { nonce: string; value: string } {
  const nonce = randomBytes(12).toString("base64url");
  const stored: Stored = { form, nonce, result: { ok: false, formError: result.formError, fieldErrors: result.fieldErrors, values: result.values } };
  let value = encode(stored);
  if (value.length > MAX_COOKIE_BYTES) value = encode({ ...stored, result: { ...stored.result, values: undefined } });
  if (value.length > MAX_COOKIE_BYTES) value = encode({ form, nonce, result: { ok: false, formError: result.formError } });
  return { nonce, value };
}

/** The refusal the form page shows, if the cookie is this form's and matches the address. */
export function readRefusal(cookieValue: string | undefined, form: string, nonce: string | undefined): Refusal | undefined {
  if (!cookieValue || !nonce) return undefined;
  try {
    const stored = JSON.parse(Buffer.from(cookieValue, "base64url").toString("utf8")) as Partial<Stored>;
    if (stored.form !== form || stored.nonce !== nonce || stored.result?.ok !== false) return undefined;
    const { formError, fieldErrors, values } = stored.result;
    return {
      ok: false,
      formError: typeof formError === "string" ? formError : undefined,
      fieldErrors: fieldErrors && typeof fieldErrors === "object" ? fieldErrors : undefined,
      values: values && typeof values === "object" ? values : undefined,
    };
  } catch {
    return undefined;
  }
}
