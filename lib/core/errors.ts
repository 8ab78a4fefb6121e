import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Expected failures: their message is French and safe to show to the person who caused them.
 * Each carries a stable `code` (for logs and tests) and the HTTP `status` a route handler answers
 * with, so actions, pages and route handlers turn the same error into the same outcome.
 */
export type ErrorCode = "not-found" | "forbidden" | "unauthenticated" | "conflict" | "invalid" | "rate-limited";

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  abstract readonly status: number;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
export class NotFoundError extends DomainError {
  readonly code = "not-found";
  readonly status = 404;
  constructor(message = "Introuvable.") {
    super(message);
  }
}
export class ForbiddenError extends DomainError {
  readonly code = "forbidden";
  readonly status = 403;
  constructor(message = "Accès refusé.") {
    super(message);
  }
}
export class UnauthenticatedError extends DomainError {
  readonly code = "unauthenticated";
  readonly status = 401;
  constructor(message = "Veuillez vous connecter.") {
    super(message);
  }
}
export class ConflictError extends DomainError {
  readonly code = "conflict";
  readonly status = 409;
  constructor(message = "Cet élément a été modifié entre-temps. Rechargez la page.") {
    super(message);
  }
}
export class ValidationError extends DomainError {
  readonly code = "invalid";
  readonly status = 400;
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}
export class RateLimitedError extends DomainError {
  readonly code = "rate-limited";
  readonly status = 429;
}

/**
 * The answer of a route handler to an expected failure (never cached, never sniffed): plain text,
 * or `{ error }` for a route whose successful answer is JSON.
 */
export function errorResponse(error: DomainError, format: "text" | "json" = "text"): Response {
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "json") return Response.json({ error: error.message }, { status: error.status, headers });
  return new Response(error.message, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });
}

/** Runs a route handler's body, answering an expected failure with errorResponse (others propagate). */
export async function answerErrors(body: () => Promise<Response>, format: "text" | "json" = "text"): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error, format);
    throw error;
  }
}

/** A write refused by a unique index (Prisma P2002): a name or address taken meanwhile, after the check. */
export function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
