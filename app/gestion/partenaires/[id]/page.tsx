import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { DataTable, type Column } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { pageActor } from "@/lib/auth/guard";
import { can } from "@/lib/authz/policy";
import { idSchema } from "@/lib/core/schemas";
import { formatDay, formatDayTime } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { INVITATION_STATE_LABELS, PARTNER_KIND_LABELS } from "@/lib/partners/model";
import { getPartnerForStaff, listSubtypeOptions, type StaffPartner } from "@/lib/partners/queries/staff";
import { routes } from "@/lib/routes";
import { GestionNav } from "../../_components/gestion-nav";
import { RowActionForm } from "@/components/ui/action-forms";
import { invitePartnerContactAction, revokePartnerInvitationAction, setPartnerArchivedAction, setPartnerContactArchivedAction } from "../actions";
import { ContactForm } from "../_components/contact-form";
import { PartnerForm } from "../_components/partner-form";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Gestion — partenaire" };

const NOTICES: Record<string, string> = {
  cree: "Le partenaire est créé. Ajoutez ses contacts ci-dessous.",
  modifie: "Les informations du partenaire sont enregistrées.",
  inchange: "Aucune modification à enregistrer.",
  archive: "Le partenaire est archivé : il reste consultable avec son historique, mais n'est plus proposé nulle part.",
  desarchive: "Le partenaire n'est plus archivé : il est de nouveau proposé.",
  "contact-ajoute": "Le contact est ajouté.",
  "contact-modifie": "Le contact est enregistré.",
  "contact-archive": "Le contact est archivé ; ses invitations en attente ne fonctionnent plus.",
  "contact-desarchive": "Le contact n'est plus archivé.",
  invitation: "L'invitation est envoyée par e-mail. Le lien est valable 7 jours ; une invitation envoyée avant à ce contact ne fonctionne plus.",
  "invitation-retiree": "L'invitation est retirée : son lien ne fonctionne plus.",
};

type Contact = StaffPartner["contacts"][number];
type Invitation = StaffPartner["invitations"][number];

/** Only what the form edits goes to the browser. */
const editable = ({ id, version, name, kind, subtypeId, description, website, email, phone, address }: StaffPartner) => ({ id, version, name, kind, subtypeId, description, website, email, phone, address });

const named = (name: string) => <span className="sr-only"> « {name} »</span>;

function contactColumns(partner: StaffPartner, manages: boolean): Column<Contact>[] {
  const columns: Column<Contact>[] = [
    {
      header: "Contact",
      rowHeader: true,
      className: "font-medium",
      cell: (c) => (
        <>
          {c.name}
          {c.archivedAt ? <span className="ml-2 text-xs font-semibold text-slate-700">(archivé)</span> : null}
          {c.jobTitle ? <span className="block font-normal text-slate-700">{c.jobTitle}</span> : null}
        </>
      ),
    },
    { header: "Téléphone", className: "whitespace-nowrap", cell: (c) => c.phone ?? "—" },
    { header: "E-mail", className: "break-all", cell: (c) => c.email ?? "—" },
    { header: "Compte", cell: (c) => (c.hasAccount ? "Oui" : c.pendingInvitation ? "Invitation en attente" : "Non") },
  ];
  if (!manages) return columns;
  return [
    ...columns,
    {
      header: "Actions",
      cell: (c) => (
        <div className="flex flex-col items-start gap-1">
          <Link href={routes.staff.partnerContact(partner.id, c.id)} className="text-sm font-semibold text-brand-800 underline underline-offset-2">
            Modifier{named(c.name)}
          </Link>
          {c.email && !c.hasAccount && !c.archivedAt && !partner.archivedAt ? (
            <RowActionForm action={invitePartnerContactAction} fields={{ contactId: c.id, version: String(c.version) }}>
              {c.pendingInvitation ? "Renvoyer une invitation" : "Inviter"}
              {named(c.name)}
            </RowActionForm>
          ) : null}
          <RowActionForm action={setPartnerContactArchivedAction} fields={{ contactId: c.id, version: String(c.version), archived: c.archivedAt ? "false" : "true" }}>
            {c.archivedAt ? "Désarchiver" : "Archiver"}
            {named(c.name)}
          </RowActionForm>
        </div>
      ),
    },
  ];
}

function invitationColumns(partner: StaffPartner, manages: boolean): Column<Invitation>[] {
  const contactName = (i: Invitation) => partner.contacts.find((c) => c.id === i.contactId)?.name ?? "—";
  return [
    { header: "Contact", rowHeader: true, cell: (i) => contactName(i) },
    { header: "Envoyée à", className: "break-all", cell: (i) => i.email },
    { header: "Le", className: "whitespace-nowrap", cell: (i) => `${formatDayTime(i.createdAt)}${i.invitedBy ? ` par ${i.invitedBy.name}` : ""}` },
    { header: "Valable jusqu'au", className: "whitespace-nowrap", cell: (i) => formatDay(i.expiresAt) },
    {
      header: "État",
      cell: (i) => (
        <div className="flex flex-col items-start gap-1">
          {INVITATION_STATE_LABELS[i.state]}
          {manages && i.state === "pending" ? (
            <RowActionForm action={revokePartnerInvitationAction} fields={{ invitationId: i.id }}>
              Retirer{named(`invitation de ${contactName(i)}`)}
            </RowActionForm>
          ) : null}
        </div>
      ),
    },
  ];
}

/** One partner: its information (edited by staff), archiving, contacts and invitations, sites and contracts. */
export default async function PartnerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const actor = await pageActor("partners:view", routes.staff.partner(id));
  if (!actor) return <AccessDenied signedIn />;
  if (!idSchema.safeParse(id).success) notFound();
  const partner = await getPartnerForStaff(actor, id);
  if (!partner) notFound();
  const [subtypes, query] = await Promise.all([listSubtypeOptions(partner.subtypeId), searchParams]);
  const manages = can(actor, "partners:manage");
  const notice = typeof query.fait === "string" ? NOTICES[query.fait] : undefined;

  return (
    <>
      <PageHeader title={partner.name} intro={`${PARTNER_KIND_LABELS[partner.kind]}${partner.subtype ? ` — ${partner.subtype.name}` : ""}`} />
      <GestionNav current={routes.staff.partners} />
      <p className="mb-4">
        <Link href={routes.staff.partners} className="underline">
          Retour aux partenaires
        </Link>
      </p>
      {notice ? <SuccessNotice className="mb-4">{notice}</SuccessNotice> : null}
      {partner.archivedAt ? (
        <p className="mb-4 rounded-md border border-slate-500 bg-slate-100 px-3 py-2 text-slate-900">
          Archivé le {formatDay(partner.archivedAt)} : consultable avec son historique, proposé nulle part ailleurs.
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel id="titre-informations" title="Informations">
          {manages ? (
            <PartnerForm partner={editable(partner)} subtypes={subtypes} cancelHref={routes.staff.partners} />
          ) : (
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="text-slate-700">Site web</dt>
              <dd>{partner.website ?? "—"}</dd>
              <dt className="text-slate-700">E-mail</dt>
              <dd>{partner.email ?? "—"}</dd>
              <dt className="text-slate-700">Téléphone</dt>
              <dd>{partner.phone ?? "—"}</dd>
              <dt className="text-slate-700">Adresse</dt>
              <dd>{partner.address ?? "—"}</dd>
            </dl>
          )}
        </Panel>

        <div className="space-y-6">
          <Panel id="titre-sites" title="Sites">
            {partner.sites.length === 0 ? (
              <p>Aucun site du territoire n&apos;appartient à ce partenaire.</p>
            ) : (
              <ul className="list-disc space-y-1 pl-5">
                {partner.sites.map((site) => (
                  <li key={site.id}>
                    {site.name} — {site.address} ({site.area.name}){site.archivedAt ? " — archivé" : ""}
                  </li>
                ))}
              </ul>
            )}
            <p className="text-sm text-slate-700">Le propriétaire d&apos;un site se choisit sur la fiche du site, dans le territoire.</p>
          </Panel>
          <Panel id="titre-contrats" title="Contrats">
            <p>{partner.contractCount === 0 ? "Aucun contrat avec ce partenaire." : `${plural(partner.contractCount, "contrat", "contrats")} avec ce partenaire.`}</p>
          </Panel>
          {manages ? (
            <Panel id="titre-archivage" title={partner.archivedAt ? "Désarchiver" : "Archiver"}>
              <p>
                {partner.archivedAt
                  ? "Désarchivé, le partenaire est de nouveau proposé (transmission des signalements, rôles, sites) et affiché sur la page d'accueil."
                  : "Archivé, le partenaire garde son historique (sites, contrats, signalements, contacts) mais n'est plus proposé nulle part ni affiché sur la page d'accueil ; ses invitations en attente ne fonctionnent plus."}
              </p>
              <RowActionForm action={setPartnerArchivedAction} fields={{ partnerId: partner.id, version: String(partner.version), archived: partner.archivedAt ? "false" : "true" }}>
                {partner.archivedAt ? "Désarchiver le partenaire" : "Archiver le partenaire"}
              </RowActionForm>
            </Panel>
          ) : null}
        </div>
      </div>

      <div className="mt-6 space-y-6">
        <Panel id="titre-contacts" title="Contacts">
          {partner.contacts.length === 0 ? (
            <EmptyState>Aucun contact pour ce partenaire.</EmptyState>
          ) : (
            <DataTable caption={`Contacts de ${partner.name}`} columns={contactColumns(partner, manages)} rows={partner.contacts} />
          )}
          {manages && !partner.archivedAt ? (
            <section aria-labelledby="titre-nouveau-contact" className="max-w-xl space-y-3 pt-2">
              <h3 id="titre-nouveau-contact" className="font-semibold">
                Ajouter un contact
              </h3>
              <ContactForm partnerId={partner.id} />
            </section>
          ) : null}
        </Panel>

        <Panel id="titre-invitations" title="Invitations au portail">
          <p className="text-slate-700">Un contact invité reçoit un lien pour ouvrir un compte partenaire, limité à ce partenaire.</p>
          {partner.invitations.length === 0 ? (
            <EmptyState>Aucune invitation envoyée.</EmptyState>
          ) : (
            <DataTable caption={`Invitations envoyées aux contacts de ${partner.name}`} columns={invitationColumns(partner, manages)} rows={partner.invitations} />
          )}
        </Panel>
      </div>
    </>
  );
}
