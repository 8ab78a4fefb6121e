import { getCurrentActor } from "@/lib/auth/session";
import { answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { firstValues } from "@/lib/core/search-params";
import { membershipYear } from "@/lib/membership/model";
import { exportRegister } from "@/lib/membership/queries/register";
import { registerCsv } from "@/lib/membership/register-csv";
import { registerFilterOf, registerQuerySchema } from "@/lib/membership/register-params";

/** The register as CSV, with the filters of the page it was asked from (its query string). */
export async function GET(request: Request) {
  return answerErrors(async () => {
    const actor = await getCurrentActor();
    const query = registerQuerySchema.parse(firstValues(Object.fromEntries(new URL(request.url).searchParams)));
    const year = membershipYear();
    const rows = await exportRegister(actor, registerFilterOf(query), year);
    return fileResponse(registerCsv(rows), { type: "text/csv; charset=utf-8", download: `registre-adherents-${query.renouvellement ? `renouvellements-${year}` : (query.annee ?? "tous")}.csv` });
  });
}
