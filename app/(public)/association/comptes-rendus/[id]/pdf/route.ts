import { answerErrors } from "@/lib/core/errors";
import { minutesPdfResponse } from "@/lib/governance/meetings/minutes-request";

/** Published minutes as a PDF, for anyone. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answerErrors(() => minutesPdfResponse(params, { publishedOnly: true }));
}
