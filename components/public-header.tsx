import Link from "next/link";

/**
 * The same for every visitor, so that public pages stay cacheable: nothing here reads the
 * session. "Mon espace" leads a signed-in person to their spaces, others to sign-in.
 */
export function PublicHeader() {
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-800">
          Régie de quartier de Bellerive
        </Link>
        <nav aria-label="Navigation principale">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <li>
              <Link href="/espace" className="underline-offset-4 hover:underline">Mon espace</Link>
            </li>
            <li>
              <Link href="/inscription" className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">
                Créer un compte
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
