"use client";

import { clientRoutes } from "@/lib/client-routes";

/** Unexpected failures: a calm French message, never a stack trace (details are in the server log). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="contenu" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
      <section className="space-y-4 py-8">
        <h1 className="text-2xl font-bold">Un problème est survenu</h1>
        <p>La page n&apos;a pas pu s&apos;afficher. Réessayez dans un instant.</p>
        <div className="flex gap-4">
          <button type="button" onClick={reset} className="underline">Réessayer</button>
          {/* A plain link, on purpose: every page loads this boundary's chunk, and next/link doubled
              its weight; after an error, a full load of the home page is what one wants anyway. */}
          <a href={clientRoutes.home} className="underline">Retour à l&apos;accueil</a>
        </div>
      </section>
    </main>
  );
}
