import { answerErrors } from "@/lib/core/errors";
import { minutesPdfResponse } from "@/lib/governance/meetings/minutes-request";

/** A meeting's minutes as a PDF: draft or approved ones for the board space, published ones for anyone. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerErrors(() => minutesPdfResponse(params, { publishedOnly: false }));
}
