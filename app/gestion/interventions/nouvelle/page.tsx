import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/guard";
import { optionalIdParam } from "@/lib/core/schemas";
import { formatIsoDay, formatShortDay } from "@/lib/format/dates";
import { routes } from "@/lib/routes";
import { getReportForJob, listCreationOptions } from "@/lib/work-orders/queries/staff";
import { GestionNav } from "../../_components/gestion-nav";
import { CreateWorkOrderForm, type CreationPrefill } from "../_components/work-order-forms";

export const metadata: Metadata = { title: "Gestion — nouvelle intervention" };

/** A one-off job; from a report (`?signalement=<id>`), prefilled with its place and category. */
export default async function NewWorkOrderPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("work-orders:manage", routes.staff.newWorkOrder);
  if (!actor) return <AccessDenied signedIn />;
  const reportId = optionalIdParam.parse((await searchParams).signalement);
  const [options, report] = await Promise.all([listCreationOptions(actor), reportId ? getReportForJob(actor, reportId) : null]);
  const prefill: CreationPrefill = { date: formatIsoDay(new Date()) };
  if (report) {
    const place = [report.building?.name, report.building?.address ?? report.site?.address, report.address].filter(Boolean).join(", ");
    Object.assign(prefill, {
      reportId: report.id,
      siteId: report.siteId ?? undefined,
      address: place || undefined,
      task: `${report.category.name} — signalement n° ${report.number}`,
      description: report.description,
    });
  }
  const lines = options.lines.map((line) => ({
    value: line.id,
    label: `${line.contract.reference} (${line.contract.partner.name}) — ${line.task} — ${line.sites.map((s) => s.site.name).join(", ") || "aucun site"} — du ${formatShortDay(line.contract.startsOn)} au ${formatShortDay(line.contract.endsOn)}`,
  }));

  return (
    <div className="max-w-3xl">
      <PageHeader
        title={report ? `Intervention pour le signalement n° ${report.number}` : "Nouvelle intervention"}
        intro={
          report
            ? "Le signalement passera à « Intervention prévue » et les habitants qui le suivent seront prévenus."
            : "Une intervention ponctuelle, sous une prestation d'un contrat ou hors contrat."
        }
      />
      <GestionNav current={routes.staff.workOrders} />
      <p className="mb-4">
        <Link href={report ? routes.staff.report(report.id) : routes.staff.workOrders} className="underline">
          {report ? "← Retour au signalement" : "← Retour aux interventions"}
        </Link>
      </p>
      <CreateWorkOrderForm
        lines={lines}
        sites={options.sites.map((s) => ({ value: s.id, label: `${s.name} — ${s.address}` }))}
        teams={options.teams.map((t) => ({ value: t.id, label: t.name }))}
        prefill={prefill}
        idempotencyKey={randomUUID()}
      />
    </div>
  );
}
