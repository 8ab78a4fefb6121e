import Link from "next/link";
import type { ReactNode } from "react";
import { routes } from "@/lib/routes";

/**
 * Header slot, main landmark and legal footer shared by every page. `wide`: the back offices,
 * whose tables of many columns need the screen's width (their forms and detail pages keep a
 * reading width of their own); everyone else reads at max-w-5xl.
 */
export function PageFrame({ header, children, wide = false }: { header: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <>
      {header}
      <main id="contenu" tabIndex={-1} className={`mx-auto w-full flex-1 px-4 py-6 ${wide ? "max-w-[96rem]" : "max-w-5xl"}`}>
        {children}
      </main>
      <footer className="border-t border-slate-300 bg-white">
        <nav aria-label="À propos du portail" className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-4 text-sm">
          <Link href={routes.public.association} className="underline">L&apos;association</Link>
          <Link href={routes.public.contact} className="underline">Contact</Link>
          <Link href={routes.public.privacy} className="underline">Confidentialité</Link>
          <Link href={routes.public.legalNotice} className="underline">Mentions légales</Link>
          <Link href={routes.public.accessibility} className="underline">Accessibilité : partiellement conforme</Link>
        </nav>
      </footer>
    </>
  );
}
