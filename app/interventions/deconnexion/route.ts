import { signOut } from "@/lib/auth/sign-in";
import { signedOutResponse } from "@/lib/auth/sign-out-response";
import { isSameOrigin } from "@/lib/uploads/same-origin";

/**
 * "Se déconnecter" posted without JavaScript (the button's form before its script has loaded, or
 * with scripts off): React sends it here (components/sign-out-button's permalink) instead of to the
 * server action, whose answer cannot carry a header. With JavaScript the action runs as before.
 *
 * Route handlers get no origin check from Next: a post from another site is refused (403) and
 * signs nobody out. The body (the action's fields) is not read: signing out takes no input. It
 * lives in /interventions, the phone's service worker scope, so that the worker sees it.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) {
    return new Response("Cette déconnexion doit venir du portail.", { status: 403, headers: { "Cache-Control": "private, no-store" } });
  }
  await signOut();
  return signedOutResponse();
}
