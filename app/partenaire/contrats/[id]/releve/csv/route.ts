import { answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { statementCsv } from "@/lib/work-orders/statement-csv";
import { statementFileName, statementForRequest } from "../statement-request";

/** The statement of one of the partner's contracts, as CSV (`?mois=2026-11` or `?annee=2026`). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerErrors(async () => {
    const statement = await statementForRequest(request, params);
    return fileResponse(statementCsv(statement), { type: "text/csv; charset=utf-8", download: statementFileName(statement.contract.reference, statement.period, "csv") });
  });
}
