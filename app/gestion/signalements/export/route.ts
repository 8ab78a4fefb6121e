import { getCurrentActor } from "@/lib/auth/session";
import { reportsCsvStream } from "@/lib/reports/export-csv";
import { triageQueueSchema } from "@/lib/reports/triage-schemas";

/** CSV of the filtered queue (the queue's GET parameters), for staff who triage reports. */
export async function GET(request: Request) {
  const actor = await getCurrentActor();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const stream = reportsCsvStream(actor, triageQueueSchema.parse(params));
  if (!stream) {
    return new Response(actor ? "Accès refusé." : "Veuillez vous connecter.", {
      status: actor ? 403 : 401,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="signalements-${day}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
