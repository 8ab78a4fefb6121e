import { answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { statementPdf } from "@/lib/work-orders/statement-pdf";
import { statementFileName, statementForRequest } from "../statement-request";

/** The statement of one of the partner's contracts, as a PDF made on the server (`?mois=2026-11` or `?annee=2026`). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerErrors(async () => {
    const statement = await statementForRequest(request, params);
    const pdf = await statementPdf(statement);
    return fileResponse(pdf, { type: "application/pdf", download: statementFileName(statement.contract.reference, statement.period, "pdf") });
  });
}
