import "server-only";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/auth/session";
import { can, type Actor, type Permission } from "@/lib/authz/policy";
import { routes } from "@/lib/routes";

/**
 * For pages: the signed-in actor if they hold the permission; anonymous callers are sent to
 * sign in, others get `null` and the page renders <AccessDenied />.
 */
export async function pageActor(permission: Permission, returnTo: string): Promise<Actor | null> {
  const actor = await getCurrentActor();
  if (!actor) redirect(routes.auth.signIn({ returnTo }));
  return can(actor, permission) ? actor : null;
}
