import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentActor } from "@/lib/auth/session";
import { INVITATION_INVALID, INVITATION_OTHER_ACCOUNT, INVITATION_REFUSALS } from "@/lib/partners/model";
import { findPartnerInvitation } from "@/lib/partners/queries/invitation";
import { routes } from "@/lib/routes";
import { AcceptForm, NewAccountForm } from "./_components/invitation-forms";

export const metadata: Metadata = { title: "Invitation partenaire", referrer: "same-origin" };

function Refusal({ children }: { children: React.ReactNode }) {
  return (
    <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900">
      {children}
    </p>
  );
}

/**
 * The page of the link mailed to a partner's contact. Reading it changes nothing: it says whether
 * the link works, then offers what fits: open an account, or sign in with the invited address and
 * accept.
 */
export default async function PartnerInvitationPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const valid = typeof token === "string" && token.length >= 20 && token.length <= 200;
  const [invitation, actor] = await Promise.all([valid ? findPartnerInvitation(token) : null, getCurrentActor()]);
  const here = valid ? routes.auth.partnerInvitationLink(token) : "";

  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader title={invitation ? `Invitation de ${invitation.partnerName}` : "Invitation partenaire"} />
      {!valid || !invitation ? (
        <Refusal>{INVITATION_INVALID}</Refusal>
      ) : invitation.state !== "pending" ? (
        <>
          <Refusal>{INVITATION_REFUSALS[invitation.state]}</Refusal>
          <p>
            <Link href={routes.auth.signIn()} className="underline">
              Aller à la page de connexion
            </Link>
          </p>
        </>
      ) : actor && actor.email !== invitation.email ? (
        <Refusal>{INVITATION_OTHER_ACCOUNT}</Refusal>
      ) : actor ? (
        <>
          <p>
            La Régie de quartier vous invite à suivre sur le portail le travail fait pour <strong>{invitation.partnerName}</strong>. En acceptant,
            votre compte ({invitation.email}) y aura accès.
          </p>
          <AcceptForm token={token} />
        </>
      ) : invitation.accountExists ? (
        <>
          <p>
            Un compte existe déjà avec l&apos;adresse <strong className="break-all">{invitation.email}</strong>. Connectez-vous avec lui : vous
            reviendrez ici pour accepter l&apos;invitation de {invitation.partnerName}.
          </p>
          <p>
            <Link href={routes.auth.signIn({ returnTo: here })} className="underline">
              Me connecter pour accepter l&apos;invitation
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>
            La Régie de quartier vous invite à ouvrir un compte pour suivre sur le portail le travail fait pour <strong>{invitation.partnerName}</strong>.
          </p>
          <NewAccountForm token={token} email={invitation.email} />
        </>
      )}
    </div>
  );
}
