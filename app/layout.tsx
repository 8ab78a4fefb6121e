import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";
import { SiteHeader } from "@/components/site-header";

export const metadata: Metadata = {
  title: { default: "Régie de quartier de Bellerive", template: "%s · Régie de quartier de Bellerive" },
  description: "Le portail de la Régie de quartier : signaler un problème, suivre nos interventions, participer à la vie du quartier.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <a
          href="#contenu"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Aller au contenu
        </a>
        <SiteHeader />
        <main id="contenu" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
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
      </body>
    </html>
  );
}
