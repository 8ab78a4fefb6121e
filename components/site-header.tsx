import Link from "next/link";
import { getCurrentActor, getCurrentUnreadNotifications } from "@/lib/auth/session";
import { can, spacesFor } from "@/lib/authz/policy";
import { plural } from "@/lib/format/numbers";
import { SignedOutLinks } from "@/components/signed-out-links";
import { SignOutButton, type SignOutAction } from "@/components/sign-out-button";
import { routes } from "@/lib/routes";

/** "Notifications (3 non lues)": the count is in the link's text, not in a colour or a badge alone. */
function notificationsLabel(unread: number) {
  return unread ? `Notifications (${plural(unread, "non lue", "non lues")})` : "Notifications";
}

/** Shows each person the spaces their roles open, and their unread notifications. */
export async function SiteHeader({ signOutAction }: { signOutAction: SignOutAction }) {
  const actor = await getCurrentActor();
  const spaces = spacesFor(actor);
  const unread = actor && can(actor, "notifications:manage-own") ? await getCurrentUnreadNotifications() : null;
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={routes.home} className="text-lg font-bold text-brand-800">
          Régie de quartier de Bellerive
        </Link>
        {unread !== null ? (
          <Link href={routes.mine.notifications} className={`ml-auto underline-offset-4 hover:underline ${unread ? "font-semibold text-brand-800 underline" : ""}`}>
            {notificationsLabel(unread)}
          </Link>
        ) : null}
        <nav aria-label="Navigation principale">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
            {spaces.map((space) => (
              <li key={space.href}>
                <Link href={space.href} className="underline-offset-4 hover:underline">
                  {space.label}
                </Link>
              </li>
            ))}
            {actor ? (
              <li>
                <SignOutButton action={signOutAction} />
              </li>
            ) : (
              <SignedOutLinks />
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
