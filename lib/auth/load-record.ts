import "server-only";
import { notFound } from "next/navigation";
import { pageActor } from "@/lib/auth/guard";
import type { Actor, Permission } from "@/lib/authz/policy";
import { idSchema } from "@/lib/core/schemas";

/**
 * The record a page shows (`…/<id>`) and who asks, or null when the signed-in person may not
 * (the page then says access is denied); anonymous callers are sent to sign in. An id that cannot
 * exist, or no longer does, is a 404; so is a record outside the caller's scope (`load` reads
 * within it), which a partner cannot tell from one that does not exist. For the back office's and
 * the partner's pages alike.
 */
export async function loadRecord<T>(
  permission: Permission,
  path: (id: string) => string,
  params: Promise<{ id: string }>,
  load: (actor: Actor, id: string) => Promise<T | null>,
): Promise<{ actor: Actor; record: T } | null> {
  const { id } = await params;
  const actor = await pageActor(permission, path(id));
  if (!actor) return null;
  if (!idSchema.safeParse(id).success) notFound();
  const record = (await load(actor, id)) ?? notFound();
  return { actor, record };
}
