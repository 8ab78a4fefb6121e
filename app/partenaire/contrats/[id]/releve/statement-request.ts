import "server-only";
import { getCurrentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/core/errors";
import { idSchema } from "@/lib/core/schemas";
import { getPartnerStatement } from "@/lib/work-orders/queries/partner";
import { parseStatementMonth } from "@/lib/work-orders/statement";

export const BAD_MONTH = "Mois invalide : indiquez-le sous la forme 2026-11.";

/**
 * What the statement's CSV and PDF handlers share: who asks (a partner), which month (`?mois=`,
 * refused when malformed), which contract (another partner's or a draft: 404, like none).
 */
export async function statementForRequest(request: Request, params: Promise<{ id: string }>) {
  const actor = await getCurrentActor();
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, "partner-work:view")) throw new ForbiddenError();
  const month = parseStatementMonth(new URL(request.url).searchParams.get("mois"));
  if (!month) throw new ValidationError(BAD_MONTH);
  const id = idSchema.safeParse((await params).id);
  const statement = id.success ? await getPartnerStatement(actor, id.data, month.key) : null;
  if (!statement) throw new NotFoundError("Contrat introuvable.");
  return statement;
}

/** The download's name: "releve-M2026-014-2026-11.csv", safe characters only. */
export function statementFileName(reference: string, month: string, extension: "csv" | "pdf") {
  return `releve-${reference.replace(/[^A-Za-z0-9_-]/g, "_")}-${month}.${extension}`;
}

export const DOWNLOAD_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;
