import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { can, spacesFor } from "@/lib/authz/policy";
import { ROLE_LABELS } from "@/lib/authz/roles";
import { plural } from "@/lib/format/numbers";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { getProfile } from "@/lib/people/queries";
import { listEntranceOptions } from "@/lib/territory/queries";
import { ChangeEmailForm } from "./_components/change-email-form";
import { ChangePasswordForm } from "./_components/change-password-form";
import { EmailVerificationBanner } from "./_components/email-verification-banner";
import { NotificationSettingsForm } from "./_components/notification-settings-form";
import { ProfileForm } from "./_components/profile-form";
import { SignOutEverywhereForm } from "./_components/sign-out-everywhere-form";
import { SuccessNotice } from "@/components/ui/success-notice";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Mon espace" };

const section = "space-y-4 rounded-lg border border-slate-300 bg-white p-4 sm:p-6";

export default async function MySpacePage({ searchParams }: { searchParams: Promise<{ bienvenue?: string; "adresse-confirmee"?: string }> }) {
  const actor = await pageActor("account:manage-own", routes.mine.home);
  if (!actor) return <AccessDenied signedIn />;
  const [profile, entrances, unread, { bienvenue, "adresse-confirmee": confirmed }] = await Promise.all([
    getProfile(actor.id),
    listEntranceOptions(),
    countUnreadNotifications(actor.id),
    searchParams,
  ]);
  if (!profile) notFound();
  const otherSpaces = spacesFor(actor).filter((s) => s.href !== routes.mine.home);

  return (
    <div className="space-y-6">
      <PageHeader title="Mon espace" intro={`Bonjour ${profile.name}.`} />
      {bienvenue ? (
        <SuccessNotice>
          Bienvenue ! Votre compte est créé.
        </SuccessNotice>
      ) : null}
      {confirmed ? <SuccessNotice>Votre adresse e-mail est confirmée.</SuccessNotice> : null}
      {profile.emailVerifiedAt ? null : <EmailVerificationBanner email={profile.email} />}

      <section aria-labelledby="titre-roles" className={section}>
        <h2 id="titre-roles" className="text-xl font-semibold">Mes rôles</h2>
        {profile.roleGrants.length ? (
          <ul className="flex flex-wrap gap-2">
            {profile.roleGrants.map((grant, index) => (
              <li key={index} className="rounded-full bg-brand-100 px-3 py-1 text-brand-800">
                {ROLE_LABELS[grant.role]}
                {grant.partner ? ` — ${grant.partner.name}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucun rôle pour le moment.</p>
        )}
        {otherSpaces.length ? (
          <p>
            Vos autres espaces :{" "}
            {otherSpaces.map((s, i) => (
              <span key={s.href}>
                {i > 0 ? ", " : ""}
                <Link href={s.href} className="underline">{s.label}</Link>
              </span>
            ))}
            .
          </p>
        ) : null}
      </section>

      {can(actor, "reports:view-own") ? (
        <section aria-labelledby="titre-signalements" className={section}>
          <h2 id="titre-signalements" className="text-xl font-semibold">Signalements</h2>
          <p>
            <Link href={routes.public.newReport} className="underline">Signaler un problème</Link>
            {" · "}
            <Link href={routes.mine.reports} className="underline">Mes signalements</Link>
          </p>
        </section>
      ) : null}

      {/* Nothing else leads to these two pages (only the reminder mails do): a resident who wants to
          join, find a receipt or give time finds them here. */}
      {can(actor, "membership:view-own") || can(actor, "volunteering:join") ? (
        <section aria-labelledby="titre-association" className={section}>
          <h2 id="titre-association" className="text-xl font-semibold">L&apos;association</h2>
          <ul className="space-y-1">
            {can(actor, "membership:view-own") ? (
              <li>
                <Link href={routes.mine.membership} className="underline">Mon adhésion</Link> : adhérer pour l&apos;année, vos reçus de cotisation.
              </li>
            ) : null}
            {can(actor, "volunteering:join") ? (
              <li>
                <Link href={routes.mine.volunteering} className="underline">Mon bénévolat</Link> : les missions, vos heures.
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}

      <section id="notifications" aria-labelledby="titre-notifications" className={section}>
        <h2 id="titre-notifications" className="text-xl font-semibold">Notifications</h2>
        <p>
          <Link href={routes.mine.notifications} className="underline">
            Mes notifications{unread ? ` (${plural(unread, "non lue", "non lues")})` : ""}
          </Link>
          {" "}: l&apos;avancement des signalements que vous suivez.
        </p>
        <NotificationSettingsForm notifyByEmail={profile.notifyByEmail} />
      </section>

      <section aria-labelledby="titre-profil" className={section}>
        <h2 id="titre-profil" className="text-xl font-semibold">Mes informations</h2>
        {/* An address has no spaces to wrap at: a long one would widen the page past a phone's screen. */}
        <p className="[overflow-wrap:anywhere]">
          Adresse e-mail : <strong>{profile.email}</strong>
        </p>
        <ProfileForm profile={profile} entrances={entrances} />
        <h3 className="text-lg font-semibold">Changer d&apos;adresse e-mail</h3>
        <ChangeEmailForm />
      </section>

      <section aria-labelledby="titre-securite" className={section}>
        <h2 id="titre-securite" className="text-xl font-semibold">Sécurité</h2>
        <p>
          <Link href={routes.mine.devices} className="underline">Mes appareils</Link> : les navigateurs où votre compte est ouvert.
        </p>
        <ChangePasswordForm />
        <SignOutEverywhereForm />
      </section>

      <section aria-labelledby="titre-donnees" className={section}>
        <h2 id="titre-donnees" className="text-xl font-semibold">Mes données</h2>
        <p>
          <a href={routes.mine.export} className="underline" download>
            Télécharger toutes mes données (JSON)
          </a>
        </p>
        <p>
          <Link href={routes.mine.deleteAccount} className="text-red-800 underline">Supprimer mon compte</Link>
        </p>
      </section>
    </div>
  );
}
