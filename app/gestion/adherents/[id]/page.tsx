import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { eurosInput } from "@/lib/contracts/model";
import { isoDay, parisToday } from "@/lib/core/calendar";
import { idSchema } from "@/lib/core/schemas";
import { formatDay } from "@/lib/format/dates";
import { formatEuros } from "@/lib/format/numbers";
import { COLLEGE_LABELS, MEMBERSHIP_SOURCE_LABELS, MEMBERSHIP_STATUS_LABELS, MEMBER_KIND_LABELS, PAYMENT_METHOD_LABELS } from "@/lib/membership/model";
import { getMemberForStaff, listMembershipPartners } from "@/lib/membership/queries/staff";
import { routes } from "@/lib/routes";
import { SectionFrame } from "../../_components/section-frame";
import { ConfirmedActionForm } from "@/components/ui/action-forms";
import { cancelMembershipAction } from "../actions";
import { MemberForm, PaymentForm } from "../_components/member-forms";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Gestion — fiche d'adhérent" };

const NOTICES = {
  enregistree: "Adhésion enregistrée : elle sera active une fois le paiement enregistré.",
  payee: "Paiement enregistré : l'adhésion est active et son reçu est établi.",
  annulee: "Adhésion annulée.",
  modifie: "Fiche enregistrée.",
} as const;
const querySchema = z.object({ fait: z.enum(["enregistree", "payee", "annulee", "modifie"]).optional().catch(undefined) });

export default async function MemberPage({ params, searchParams }: Props) {
  const actor = await pageActor("membership:manage", routes.staff.members);
  if (!actor) return <AccessDenied signedIn />;
  const id = idSchema.safeParse((await params).id);
  const [member, partners] = await Promise.all([id.success ? getMemberForStaff(actor, id.data) : null, listMembershipPartners(actor)]);
  if (!member) notFound();
  const { fait } = querySchema.parse(await searchParams);
  const today = isoDay(parisToday());

  return (
    <SectionFrame title={member.name} section={routes.staff.members} crumbs={[{ href: routes.staff.members, label: "Adhérents" }]} notice={fait ? NOTICES[fait] : undefined}>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Type</dt>
        <dd>{MEMBER_KIND_LABELS[member.kind]}</dd>
        {member.partner ? (
          <>
            <dt className="font-medium">Partenaire</dt>
            <dd>{member.partner.name}</dd>
          </>
        ) : null}
        {member.representativeName ? (
          <>
            <dt className="font-medium">Représentant</dt>
            <dd>{member.representativeName}</dd>
          </>
        ) : null}
        <dt className="font-medium">Compte sur le portail</dt>
        <dd>{member.user ? `${member.user.name} (${member.user.email})` : "Aucun (adhérent sur papier)"}</dd>
      </dl>

      <section aria-labelledby="adhesions" className="space-y-4">
        <h2 id="adhesions" className="text-xl font-semibold">
          Adhésions par année
        </h2>
        <p>
          <Link href={routes.staff.newMembershipFor(member.id)} className={buttonClass("secondary")}>
            Nouvelle adhésion pour cet adhérent
          </Link>
        </p>
        {member.memberships.length === 0 ? (
          <EmptyState>Aucune adhésion enregistrée.</EmptyState>
        ) : (
          <ul className="space-y-4">
            {member.memberships.map((m) => (
              <li key={m.id} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
                <h3 className="text-lg font-semibold">
                  {m.year} — {COLLEGE_LABELS[m.college]} — {MEMBERSHIP_STATUS_LABELS[m.status]}
                </h3>
                <p className="text-sm text-slate-700">
                  {MEMBERSHIP_SOURCE_LABELS[m.source]} · cotisation {formatEuros(m.feeCents)}
                  {m.cancelledAt ? ` · annulée le ${formatDay(m.cancelledAt)}` : ""}
                  {m.reminderSentAt ? ` · relance envoyée le ${formatDay(m.reminderSentAt)}` : ""}
                </p>
                {m.payment ? (
                  <p>
                    Payée {formatEuros(m.payment.amountCents)} ({PAYMENT_METHOD_LABELS[m.payment.method]}) le {formatDay(m.payment.paidOn)}
                    {m.payment.recordedBy ? `, enregistré par ${m.payment.recordedBy}` : ""} —{" "}
                    <a href={routes.staff.memberReceipt(m.payment.id)} className="text-brand-800 underline underline-offset-2">
                      reçu n° {m.payment.receipt} (PDF)
                    </a>
                  </p>
                ) : null}
                {m.status === "PENDING" ? (
                  <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
                    <PaymentForm membershipId={m.id} version={m.version} amount={eurosInput(m.feeCents)} today={today} />
                    <ConfirmedActionForm
                      id={`confirm-${m.id}`}
                      action={cancelMembershipAction}
                      fields={{ membershipId: m.id, version: String(m.version) }}
                      confirm="Je confirme l'annulation de cette adhésion non réglée"
                      buttonLabel="Annuler l'adhésion"
                      variant="danger"
                      pendingLabel="Annulation…"
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="fiche" className="space-y-4">
        <h2 id="fiche" className="text-xl font-semibold">
          Modifier la fiche
        </h2>
        <MemberForm
          partners={partners}
          member={{
            memberId: member.id,
            kind: member.kind,
            name: member.name,
            partnerId: member.partnerId ?? "",
            representativeName: member.representativeName ?? "",
            email: member.email ?? "",
            phone: member.phone ?? "",
            address: member.address ?? "",
          }}
        />
      </section>
    </SectionFrame>
  );
}
