import Link from "next/link";
import { routes } from "@/lib/routes";

export function AccessDenied({ signedIn }: { signedIn: boolean }) {
  return (
    <section className="mx-auto max-w-xl space-y-4 py-8">
      <h1 className="text-2xl font-bold">Accès refusé</h1>
      <p>Cette page est réservée aux personnes qui ont le rôle nécessaire.</p>
      {signedIn ? (
        <p>
          Si vous pensez devoir y accéder, contactez l&apos;équipe de la Régie. <Link className="underline" href={routes.mine.home}>Retour à mon espace</Link>
        </p>
      ) : (
        <p>
          <Link className="underline" href={routes.auth.signIn()}>Connectez-vous</Link> pour continuer.
        </p>
      )}
    </section>
  );
}
