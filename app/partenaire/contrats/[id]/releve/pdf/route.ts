import { answerErrors } from "@/lib/core/errors";
import { statementPdf } from "@/lib/work-orders/statement-pdf";
import { DOWNLOAD_HEADERS, statementFileName, statementForRequest } from "../statement-request";

/** The month's statement of one of the partner's contracts, as a PDF made on the server (`?mois=2026-11`). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerErrors(async () => {
    const statement = await statementForRequest(request, params);
    const pdf = await statementPdf(statement);
    return new Response(new Uint8Array(pdf), {
      headers: {
        ...DOWNLOAD_HEADERS,
        "Content-Type": "application/pdf",
        "Content-Length": String(pdf.length),
        "Content-Disposition": `attachment; filename="${statementFileName(statement.contract.reference, statement.month, "pdf")}"`,
      },
    });
  });
}
