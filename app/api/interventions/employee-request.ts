import "server-only";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/define-action";
import { describeZodError } from "@/lib/actions/define-action";
import { getCurrentActor } from "@/lib/auth/session";
import { authorize, type Actor } from "@/lib/authz/policy";
import { DomainError, UnauthenticatedError, ValidationError } from "@/lib/core/errors";
import { declaresMoreThan } from "@/lib/uploads/multipart";
import { isSameOrigin } from "@/lib/uploads/same-origin";

/**
 * The checks every route of the employee's offline queue makes, in the order of
 * CONVENTIONS.md (zod → session → policy → command in the caller's scope), with the cheap ones
 * first: the page is ours (route handlers get no origin check from Next), the declared size, the
 * caller is an employee; only then is the body read. Answers are JSON ActionResults, never cached.
 */

export const NO_STORE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
const FOREIGN = "Cet envoi doit venir du portail. Rechargez la page et réessayez.";
export const TOO_LARGE = "L'envoi dépasse la taille permise.";

export type Outcome = { status: number; result: ActionResult<unknown> };

export const refused = (status: number, formError: string, fieldErrors?: Record<string, string[]>): Outcome => ({ status, result: { ok: false, formError, fieldErrors } });

/** The employee sending, or the refusal to answer (403 foreign page, 413 too large, 401/403 caller). */
export async function employeeSender(request: Request, maxBytes: number): Promise<Actor | Outcome> {
  if (!isSameOrigin(request)) return refused(403, FOREIGN);
  if (declaresMoreThan(request, maxBytes)) return refused(413, TOO_LARGE);
  const actor = await getCurrentActor();
  try {
    authorize(actor, "work-orders:work");
    return actor;
  } catch (error) {
    if (error instanceof DomainError) return refused(error instanceof UnauthenticatedError ? 401 : 403, error.message);
    throw error;
  }
}

export function isOutcome(value: Actor | Outcome): value is Outcome {
  return "result" in value;
}

/** Runs the command on the parsed input; expected failures become their status and message. */
export async function runCommand<S extends z.ZodType>(schema: S, raw: unknown, command: (input: z.output<S>) => Promise<unknown>): Promise<Outcome> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { status: 422, result: { ok: false, ...describeZodError(parsed.error) } };
  try {
    return { status: 200, result: { ok: true, data: await command(parsed.data) } };
  } catch (error) {
    if (error instanceof ValidationError) return refused(422, error.message, error.fieldErrors);
    if (error instanceof DomainError) return refused(error.status, error.message);
    throw error;
  }
}

export function json(outcome: Outcome): Response {
  return Response.json(outcome.result, { status: outcome.status, headers: NO_STORE });
}
