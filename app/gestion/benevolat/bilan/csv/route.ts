import { getCurrentActor } from "@/lib/auth/session";
import { authorize } from "@/lib/authz/policy";
import { parisToday } from "@/lib/core/calendar";
import { answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { totalsCsv, yearParam } from "@/lib/volunteering/totals-csv";
import { yearTotals } from "@/lib/volunteering/queries/totals";

/** The year's valued volunteering as CSV (`?annee=2026`), for staff. */
export async function GET(request: Request) {
  return answerErrors(async () => {
    authorize(await getCurrentActor(), "volunteering:manage");
    const year = yearParam(new URL(request.url).searchParams.get("annee"), parisToday().getUTCFullYear());
    return fileResponse(totalsCsv(await yearTotals(year)), { type: "text/csv; charset=utf-8", download: `benevolat-${year}.csv` });
  });
}
