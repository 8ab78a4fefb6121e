import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { idSchema } from "@/lib/core/schemas";
import { getPartnerContactForStaff } from "@/lib/partners/queries/staff";
import { routes } from "@/lib/routes";
import { GestionNav } from "../../../../_components/gestion-nav";
import { ContactForm } from "../../../_components/contact-form";

export const metadata: Metadata = { title: "Gestion — modifier un contact" };

export default async function PartnerContactPage({ params }: { params: Promise<{ id: string; contactId: string }> }) {
  const { id, contactId } = await params;
  const actor = await pageActor("partners:manage", routes.staff.partnerContact(id, contactId));
  if (!actor) return <AccessDenied signedIn />;
  if (!idSchema.safeParse(id).success || !idSchema.safeParse(contactId).success) notFound();
  const contact = await getPartnerContactForStaff(actor, id, contactId);
  if (!contact) notFound();
  const back = routes.staff.partner(contact.partner.id);

  return (
    <>
      <PageHeader title={`Modifier le contact « ${contact.name} »`} intro={`Contact de ${contact.partner.name}.`} />
      <GestionNav current={routes.staff.partners} />
      <p className="mb-4">
        <Link href={back} className="underline">
          Retour à {contact.partner.name}
        </Link>
      </p>
      <section aria-labelledby="titre-contact" className="max-w-xl space-y-3 rounded-md border border-slate-300 bg-white p-4">
        <h2 id="titre-contact" className="text-lg font-semibold">
          Coordonnées
        </h2>
        <p className="text-slate-700">
          {contact.user
            ? `Ce contact a un compte sur le portail (${contact.user.email}) : le modifier ici ne change pas son compte.`
            : "Ce contact n'a pas de compte sur le portail. Une nouvelle adresse e-mail rend caduques les invitations envoyées à l'ancienne."}
        </p>
        <ContactForm contact={{ id: contact.id, version: contact.version, name: contact.name, jobTitle: contact.jobTitle, phone: contact.phone, email: contact.email }} cancelHref={back} />
      </section>
    </>
  );
}
