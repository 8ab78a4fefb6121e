import "server-only";
import { getCurrentActor } from "@/lib/auth/session";
import { authorize } from "@/lib/authz/policy";
import { NotFoundError, ValidationError } from "@/lib/core/errors";
import { idSchema } from "@/lib/core/schemas";
import { getPartnerStatement } from "@/lib/work-orders/queries/partner";
import { periodFromSearchParams } from "@/lib/work-orders/statement";

export const BAD_PERIOD = "Période invalide : indiquez un mois sous la forme 2026-11 ou une année sous la forme 2026.";

/**
 * What the statement's CSV and PDF handlers share: who asks (a partner), which period (`?mois=`
 * or `?annee=`, refused when missing or malformed), which contract (another partner's or a draft:
 * 404, like none).
 */
export async function statementForRequest(request: Request, params: Promise<{ id: string }>) {
  const actor = await getCurrentActor();
  authorize(actor, "partner-work:view");
  const query = new URL(request.url).searchParams;
  const period = periodFromSearchParams({ annee: query.get("annee"), mois: query.get("mois") });
  if (!period) throw new ValidationError(BAD_PERIOD);
  const id = idSchema.safeParse((await params).id);
  const statement = id.success ? await getPartnerStatement(actor, id.data, period.key, "all") : null;
  if (!statement) throw new NotFoundError("Contrat introuvable.");
  return statement;
}

/** The download's name: "releve-M2026-014-2026-11.csv" (or "-2026.csv" for a year), safe characters only. */
export function statementFileName(reference: string, period: string, extension: "csv" | "pdf") {
  return `releve-${reference.replace(/[^A-Za-z0-9_-]/g, "_")}-${period}.${extension}`;
}
