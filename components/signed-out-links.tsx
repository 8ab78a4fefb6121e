import Link from "next/link";
import { routes } from "@/lib/routes";

/** The header's two entries for a visitor: the site header and the cached public pages' header. */
export function SignedOutLinks() {
  return (
    <>
      <li>
        <Link href={routes.auth.signIn()} className="underline-offset-4 hover:underline">Se connecter</Link>
      </li>
      <li>
        <Link href={routes.auth.signUp} className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">
          Créer un compte
        </Link>
      </li>
    </>
  );
}
