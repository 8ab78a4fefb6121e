import "server-only";
import { holdsSecretariat, type Actor } from "@/lib/authz/policy";
import { activePositions } from "@/lib/governance/positions";

/** Whether a page shows the mandate-keeping links and forms: the same rule as authorizeSecretariat, as a boolean. */
export async function mayManageMandates(actor: Actor): Promise<boolean> {
  const positions = actor.roles.includes("BOARD_MEMBER") ? await activePositions(actor.id) : [];
  return holdsSecretariat(actor, "governance:manage-mandates", positions);
}
