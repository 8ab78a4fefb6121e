import { getCurrentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { exportMyData } from "@/lib/people/export-data";

/** "Télécharger mes données": everything the portal holds about the caller, as JSON. */
export async function GET() {
  const actor = await getCurrentActor();
  if (!actor || !can(actor, "account:manage-own")) {
    return Response.json({ error: "Veuillez vous connecter." }, { status: 401 });
  }
  const data = await exportMyData(actor.id);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="mes-donnees-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
