import { getCurrentActor } from "@/lib/auth/session";
import { authorize } from "@/lib/authz/policy";
import { answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { triageQueueParamsSchema } from "@/lib/reports/filter-params";
import { reportsCsvStream } from "@/lib/reports/export-csv";

/** CSV of the filtered queue (the queue's GET parameters), for staff who triage reports. */
export async function GET(request: Request) {
  return answerErrors(async () => {
    const filter = triageQueueParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const actor = await getCurrentActor();
    authorize(actor, "reports:triage");
    const day = new Date().toISOString().slice(0, 10);
    return fileResponse(reportsCsvStream(actor, filter), { type: "text/csv; charset=utf-8", download: `signalements-${day}.csv` });
  });
}
