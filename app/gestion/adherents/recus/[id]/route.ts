import { receiptResponse } from "@/lib/membership/receipt-response";

/** Any member's receipt, as a PDF, for staff (a copy to hand over or send again). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return receiptResponse(params, "staff");
}
