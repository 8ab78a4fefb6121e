"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { clientRoutes } from "@/lib/client-routes";

type Session = { signedIn: false } | { signedIn: true; name: string };

const SIGNED_OUT: Session = { signedIn: false };

/**
 * The public header's links. Public pages are rendered once for everyone (cached), so the server
 * never knows who is reading: the browser asks /api/moi after each navigation and, for a signed-in
 * person, shows their name and "Se déconnecter" instead of "Se connecter" and "Créer un compte".
 * Without JavaScript, or until the answer comes, the visitor's links are shown.
 *
 * The links and the sign-out button come rendered by the server (PublicHeader): imported here,
 * they and next/link would be copied into this component's chunk, which the root not-found page
 * loads on every page, beside the site header's own copy.
 */
export function PublicSessionNav({ mySpace, signedOut, signOut }: { mySpace: ReactNode; signedOut: ReactNode; signOut: ReactNode }) {
  const pathname = usePathname();
  const [session, setSession] = useState<Session>(SIGNED_OUT);
  useEffect(() => {
    const controller = new AbortController();
    fetch(clientRoutes.me, { cache: "no-store", credentials: "same-origin", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<Session>) : SIGNED_OUT))
      .then(setSession)
      .catch(() => {
        // Offline or aborted: the visitor's links stay, which is what the page showed anyway.
      });
    return () => controller.abort();
  }, [pathname]);

  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <li>{mySpace}</li>
      {session.signedIn ? (
        <>
          <li className="min-w-0 text-sm text-slate-700 [overflow-wrap:anywhere]">
            <span className="sr-only">Connecté(e) : </span>
            {session.name}
          </li>
          {/* Signing out from the page it leads back to would not navigate: forget the name at once. */}
          <li onSubmit={() => setSession(SIGNED_OUT)}>{signOut}</li>
        </>
      ) : (
        signedOut
      )}
    </ul>
  );
}
