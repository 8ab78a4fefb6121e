import type { Metadata } from "next";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { pageActor } from "@/lib/auth/guard";
import { can } from "@/lib/authz/policy";
import { formatDay } from "@/lib/format/dates";
import { formatEuros } from "@/lib/format/numbers";
import { COLLEGE_LABELS, MEMBERSHIP_STATUS_LABELS, ONLINE_COLLEGES, membershipYear } from "@/lib/membership/model";
import { listMyMemberships, onlineFees } from "@/lib/membership/queries/mine";
import { routes } from "@/lib/routes";
import { ConfirmedActionForm } from "@/components/ui/action-forms";
import { cancelMyMembershipAction } from "./actions";
import { JoinForm } from "./_components/join-form";

export const metadata: Metadata = { title: "Mon adhésion" };

const NOTICES = {
  demandee: "Votre demande d'adhésion est enregistrée. Elle sera active dès que vous aurez réglé votre cotisation à l'accueil de la Régie.",
  annulee: "Votre demande d'adhésion est annulée.",
} as const;
const querySchema = z.object({ fait: z.enum(["demandee", "annulee"]).optional().catch(undefined) });

const COLLEGE_HINTS: Record<(typeof ONLINE_COLLEGES)[number], string> = {
  RESIDENTS: "Vous habitez le quartier.",
  SOCIO_ECONOMIC_PARTNERS: "Vous y exercez une activité en votre nom (commerçant, artisan, travailleur social…).",
};

export default async function MyMembershipPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("membership:view-own", routes.mine.membership);
  if (!actor) return <AccessDenied signedIn />;
  const { fait } = querySchema.parse(await searchParams);
  const year = membershipYear();
  const [memberships, fees] = await Promise.all([listMyMemberships(actor), onlineFees(year)]);
  const current = memberships.find((m) => m.year === year && m.status !== "CANCELLED");
  const options = ONLINE_COLLEGES.flatMap((college) => {
    const fee = fees.find((f) => f.college === college);
    return fee ? [{ college, label: COLLEGE_LABELS[college], fee: formatEuros(fee.amountCents), hint: COLLEGE_HINTS[college] }] : [];
  });

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: routes.mine.home, label: "Mon espace" }, { label: "Mon adhésion" }]} />
      <PageHeader title="Mon adhésion" intro="Adhérer à la Régie de quartier, c'est soutenir l'association et voter à son assemblée générale. L'adhésion vaut pour l'année civile." />
      {fait ? <SuccessNotice>{NOTICES[fait]}</SuccessNotice> : null}

      <section aria-labelledby="cette-annee" className="space-y-3">
        <h2 id="cette-annee" className="text-xl font-semibold">
          Adhésion {year}
        </h2>
        {current?.status === "ACTIVE" ? (
          <p>Vous êtes adhérent pour {year}, au collège « {COLLEGE_LABELS[current.college]} ». Merci !</p>
        ) : current?.status === "PENDING" ? (
          <>
            <p>
              Votre adhésion au collège « {COLLEGE_LABELS[current.college]} » est <strong>à régler à l&apos;accueil</strong> : {formatEuros(current.feeCents)}, en espèces, par
              chèque ou par carte. Elle sera active dès le paiement enregistré, et votre reçu apparaîtra ici.
            </p>
            <ConfirmedActionForm
              id="suppression"
              action={cancelMyMembershipAction}
              fields={{ membershipId: current.id, version: String(current.version) }}
              confirm="Je confirme vouloir annuler ma demande d'adhésion"
              buttonLabel="Annuler ma demande"
              variant="danger"
              pendingLabel="Suppression…"
            />
          </>
        ) : !can(actor, "membership:join") ? (
          <EmptyState>Votre compte ne permet pas d&apos;adhérer en ligne : adressez-vous à l&apos;accueil de la Régie.</EmptyState>
        ) : options.length === 0 ? (
          <EmptyState>Les cotisations de {year} ne sont pas encore fixées : les adhésions en ligne ouvriront bientôt. Vous pouvez aussi adhérer à l&apos;accueil.</EmptyState>
        ) : (
          <JoinForm options={options} year={year} />
        )}
      </section>

      <section aria-labelledby="mes-adhesions" className="space-y-3">
        <h2 id="mes-adhesions" className="text-xl font-semibold">
          Mes adhésions et mes reçus
        </h2>
        {memberships.length === 0 ? (
          <EmptyState>Vous n&apos;avez pas encore adhéré.</EmptyState>
        ) : (
          <DataTable
            caption="Mes adhésions par année"
            rows={memberships}
            columns={[
              { header: "Année", rowHeader: true, cell: (m) => m.year },
              { header: "Collège", cell: (m) => COLLEGE_LABELS[m.college] },
              { header: "État", cell: (m) => MEMBERSHIP_STATUS_LABELS[m.status] },
              { header: "Cotisation", numeric: true, cell: (m) => formatEuros(m.payment?.amountCents ?? m.feeCents) },
              { header: "Payée le", cell: (m) => (m.payment ? formatDay(m.payment.paidOn) : "—") },
              {
                header: "Reçu",
                cell: (m) =>
                  m.payment ? (
                    <a href={routes.mine.membershipReceipt(m.payment.id)} className="text-brand-800 underline underline-offset-2">
                      Reçu n° {m.payment.receipt} (PDF)
                    </a>
                  ) : (
                    "—"
                  ),
              },
            ]}
          />
        )}
      </section>
    </div>
  );
}
