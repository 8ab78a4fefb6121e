import "server-only";
import { z } from "zod";
import { redirect } from "next/navigation";
import { refresh, revalidateTag } from "next/cache";
import { getCurrentActor } from "@/lib/auth/session";
import { authorize, type Actor, type Permission } from "@/lib/authz/policy";
import { DomainError, ValidationError } from "@/lib/core/errors";
import { formDataToObject } from "@/lib/actions/form-data";

export type ActionResult<T = unknown> =
  | { ok: true; data: T; message?: string }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

type BaseSpec<S extends z.ZodType, T> = {
  /** Stable name, used in logs and in the test that checks every action has a refusal test. */
  name: string;
  schema: S;
  /** Where to go after success; computed from the result. */
  redirectTo?: (data: T) => string;
  successMessage?: string;
  /**
   * Cache tags this success makes stale, besides the `cacheTags` a lifecycle result carries
   * (lib/core/lifecycle.ts). Tags are declared by the domain that owns the cached reads.
   */
  tags?: (data: T) => readonly CacheTag[];
};

/** A cache tag to expire at once, or to refresh in the background (stale served meanwhile). */
export type CacheTag = string | { tag: string; background: true };
type PublicSpec<S extends z.ZodType, T> = BaseSpec<S, T> & {
  public: true;
  handler: (ctx: { input: z.output<S>; actor: Actor | null }) => Promise<T>;
};
type GuardedSpec<S extends z.ZodType, T> = BaseSpec<S, T> & {
  permission: Permission;
  handler: (ctx: { input: z.output<S>; actor: Actor }) => Promise<T>;
};

export type ServerAction<T> = ((prev: ActionResult<T> | undefined, formData: FormData) => Promise<ActionResult<T>>) & {
  actionName: string;
  access: Permission | "public";
};

const GENERIC_ERROR = "Une erreur inattendue est survenue. Réessayez dans un instant.";

/** Text fields sent back to the form so a refused submission keeps what was typed (never passwords). */
function echoValues(raw: Record<string, unknown>) {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string" && !/password|token/i.test(key) && value.length <= 5000) values[key] = value;
  }
  return values;
}

/**
 * The one path of every mutation: parse (zod, strict) → who is calling → may they (policy) →
 * domain handler (which runs its transaction and audit row) → refresh what it made stale →
 * redirect or typed result.
 * Record-level checks (owner, partner scope) belong in the handler's service call, against the
 * record loaded from the database.
 */
export function defineAction<S extends z.ZodType, T>(spec: GuardedSpec<S, T>): ServerAction<T>;
export function defineAction<S extends z.ZodType, T>(spec: PublicSpec<S, T>): ServerAction<T>;
export function defineAction<S extends z.ZodType, T>(spec: GuardedSpec<S, T> | PublicSpec<S, T>): ServerAction<T> {
  const action = async (_prev: ActionResult<T> | undefined, formData: FormData): Promise<ActionResult<T>> => {
    const raw = formData instanceof FormData ? formDataToObject(formData) : {};
    let data: T;
    try {
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, ...describeZodError(parsed.error), values: echoValues(raw) };
      }
      const actor = await getCurrentActor();
      if ("permission" in spec) {
        authorize(actor, spec.permission);
        data = await spec.handler({ input: parsed.data, actor });
      } else {
        data = await spec.handler({ input: parsed.data, actor });
      }
    } catch (error) {
      if (error instanceof ValidationError) {
        return { ok: false, formError: error.message, fieldErrors: error.fieldErrors, values: echoValues(raw) };
      }
      if (error instanceof DomainError) return { ok: false, formError: error.message, values: echoValues(raw) };
      console.error(`[action ${spec.name}]`, error);
      return { ok: false, formError: GENERIC_ERROR, values: echoValues(raw) };
    }
    refreshAfter(spec, data);
    // Outside the try: redirect() works by throwing.
    if (spec.redirectTo) redirect(spec.redirectTo(data));
    return { ok: true, data, message: spec.successMessage };
  };
  return Object.assign(action, {
    actionName: spec.name,
    access: "permission" in spec ? spec.permission : ("public" as const),
  });
}

/** What a result says is stale: the `cacheTags` of a lifecycle result, if it has them. */
function carriedTags(data: unknown): readonly string[] {
  if (typeof data !== "object" || data === null || !("cacheTags" in data)) return [];
  const tags = (data as { cacheTags: unknown }).cacheTags;
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === "string") : [];
}

/**
 * After a success: the cached reads it made stale expire at once, and, when the action stays on
 * its page, that page is rendered again with the new data (`refresh`: every signed-in page is
 * dynamic, so there is no path to revalidate; a redirect renders its target afresh anyway, and
 * the upload route, which runs the report forms' actions outside a server action, always
 * redirects).
 */
function refreshAfter<T>(spec: { tags?: (data: T) => readonly CacheTag[]; redirectTo?: unknown }, data: T) {
  const declared = spec.tags?.(data) ?? [];
  for (const tag of new Set([...carriedTags(data), ...declared.filter((t): t is string => typeof t === "string")])) revalidateTag(tag, { expire: 0 });
  for (const { tag } of declared.filter((t) => typeof t !== "string")) revalidateTag(tag, "max");
  if (!spec.redirectTo) refresh();
}

export function describeZodError(error: z.ZodError) {
  const fieldErrors: Record<string, string[]> = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      formError = "Le formulaire contient des champs inattendus. Rechargez la page et réessayez.";
      continue;
    }
    const key = issue.path.join(".");
    if (!key) {
      formError ??= issue.message;
      continue;
    }
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { formError: formError ?? "Certains champs sont à corriger.", fieldErrors };
}
