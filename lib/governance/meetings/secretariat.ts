import "server-only";
import { holdsSecretariat, type Actor } from "@/lib/authz/policy";
import { activePositions } from "@/lib/governance/positions";

/** Whether the pages show this reader the meetings' forms (the commands check it again). */
export async function keepsMeetings(actor: Actor): Promise<boolean> {
  const positions = actor.roles.includes("BOARD_MEMBER") ? await activePositions(actor.id) : [];
  return holdsSecretariat(actor, "governance:manage-meetings", positions);
}
