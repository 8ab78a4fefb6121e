import Link from "next/link";
import { PublicSessionNav } from "@/components/public-session-nav";
import { SignedOutLinks } from "@/components/signed-out-links";
import { SignOutButton, type SignOutAction } from "@/components/sign-out-button";
import { routes } from "@/lib/routes";

/**
 * The same for every visitor, so that public pages stay cacheable: nothing here reads the
 * session on the server. Who is signed in is asked by the browser (PublicSessionNav).
 */
export function PublicHeader({ signOutAction }: { signOutAction: SignOutAction }) {
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={routes.home} className="text-lg font-bold text-brand-800">
          Régie de quartier de Bellerive
        </Link>
        <nav aria-label="Navigation principale" className="min-w-0">
          <PublicSessionNav
            mySpace={<Link href={routes.mine.home} className="underline-offset-4 hover:underline">Mon espace</Link>}
            signedOut={<SignedOutLinks />}
            signOut={<SignOutButton action={signOutAction} />}
          />
        </nav>
      </div>
    </header>
  );
}
