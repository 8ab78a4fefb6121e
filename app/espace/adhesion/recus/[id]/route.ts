import { receiptResponse } from "@/lib/membership/receipt-response";

/** One of the member's own receipts, as a PDF (someone else's: 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return receiptResponse(params, "member");
}
