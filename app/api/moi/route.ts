import { getCurrentActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/**
 * Who is signed in, for the header of the cached public pages (components/public-session-nav.tsx):
 * those pages are the same for everyone and never read the session, so the browser asks here.
 * Only what the header shows, and never stored by a browser or a proxy.
 */
export async function GET() {
  const actor = await getCurrentActor();
  return Response.json(actor ? { signedIn: true, name: actor.name } : { signedIn: false }, {
    headers: { "Cache-Control": "private, no-store" },
  });
}
