import { getCurrentActor } from "@/lib/auth/session";
import { authorize } from "@/lib/authz/policy";
import { answerErrors } from "@/lib/core/errors";
import { fileResponse } from "@/lib/core/file-response";
import { exportMyData } from "@/lib/people/export-data";

/** "Télécharger mes données": everything the portal holds about the caller, as JSON. */
export async function GET() {
  return answerErrors(async () => {
    const actor = await getCurrentActor();
    authorize(actor, "account:manage-own");
    const data = await exportMyData(actor.id);
    const day = new Date().toISOString().slice(0, 10);
    return fileResponse(JSON.stringify(data, null, 2), { type: "application/json; charset=utf-8", download: `mes-donnees-${day}.json` });
  }, "json");
}
