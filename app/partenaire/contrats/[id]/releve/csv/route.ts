import { answerErrors } from "@/lib/core/errors";
import { statementCsv } from "@/lib/work-orders/statement-csv";
import { DOWNLOAD_HEADERS, statementFileName, statementForRequest } from "../statement-request";

/** The month's statement of one of the partner's contracts, as CSV (`?mois=2026-11`). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerErrors(async () => {
    const statement = await statementForRequest(request, params);
    return new Response(statementCsv(statement), {
      headers: {
        ...DOWNLOAD_HEADERS,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${statementFileName(statement.contract.reference, statement.month, "csv")}"`,
      },
    });
  });
}
