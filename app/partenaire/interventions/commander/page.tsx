import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { formatDay, formatIsoDay } from "@/lib/format/dates";
import { routes } from "@/lib/routes";
import { listOrderableLines } from "@/lib/work-orders/queries/partner";
import { OrderJobForm } from "./_components/order-job-form";

export const metadata: Metadata = { title: "Commander une intervention — Espace partenaire" };

export default async function OrderJobPage() {
  const actor = await pageActor("partner-work:order", routes.partner.newJob);
  if (!actor) return <AccessDenied signedIn />;
  const lines = (await listOrderableLines(actor)).filter((line) => line.sites.length > 0);

  return (
    <div className="space-y-6">
      <p>
        <Link href={routes.partner.jobs} className="underline">← Interventions</Link>
      </p>
      <PageHeader
        title="Commander une intervention"
        intro="Une intervention ponctuelle, au titre d'une prestation de l'un de vos contrats en cours. L'équipe de la Régie la planifie et vous suivez son avancement ici."
      />
      {lines.length === 0 ? (
        <EmptyState>Aucun contrat en cours ne permet de commander une intervention. Contactez l&apos;équipe de la Régie.</EmptyState>
      ) : (
        <OrderJobForm
          idempotencyKey={randomUUID()}
          today={formatIsoDay(new Date())}
          lines={lines.map((line) => ({
            id: line.id,
            task: line.task,
            reference: line.contract.reference,
            period: `du ${formatDay(line.contract.startsOn)} au ${formatDay(line.contract.endsOn)}`,
            sites: line.sites,
          }))}
        />
      )}
    </div>
  );
}
