import Link from "next/link";
import type { ReactNode } from "react";

/** Header slot, main landmark and legal footer shared by every page. */
export function PageFrame({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <>
      {header}
      <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-300 bg-white">
        <nav aria-label="Informations légales" className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-4 text-sm">
          <Link href="/contact" className="underline">Contact</Link>
          <Link href="/confidentialite" className="underline">Confidentialité</Link>
          <Link href="/mentions-legales" className="underline">Mentions légales</Link>
          <Link href="/accessibilite" className="underline">Accessibilité : partiellement conforme</Link>
        </nav>
      </footer>
    </>
  );
}
