import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/ui/access-denied";
import { pageActor } from "@/lib/auth/guard";
import { idSchema } from "@/lib/core/schemas";
import { listReportCategories } from "@/lib/report-catalog/active";
import { routes } from "@/lib/routes";
import { getMyWorkOrder } from "@/lib/work-orders/queries/employee";
import { reportProblemAction } from "../../actions";
import { placeOf } from "../../_components/job-summary";
import { ProblemForm } from "../../_components/problem-form";

export const metadata: Metadata = { title: "Problème constaté" };

/** "Problème constaté": a report at the job's place, in the employee's own name. */
export default async function ProblemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("work-orders:work", routes.employee.problem(id));
  if (!actor) return <AccessDenied signedIn />;
  const parsedId = idSchema.safeParse(id);
  const job = parsedId.success ? await getMyWorkOrder(actor, parsedId.data) : null;
  if (!job) notFound();
  const categories = await listReportCategories();
  const place = placeOf(job);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link href={routes.employee.job(job.id)} className="underline">
          ← Intervention n° {job.number}
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Problème constaté</h1>
        <p>
          Un signalement à l&apos;équipe de la Régie, à votre nom, pour le lieu de l&apos;intervention : {place.name ?? "lieu non précisé"}. Il n&apos;est pas publié.
        </p>
      </header>
      {job.siteId || job.buildingId ? (
        <ProblemForm action={reportProblemAction} workOrderId={job.id} idempotencyKey={randomUUID()} categories={categories.map((c) => ({ value: c.id, label: c.name }))} />
      ) : (
        <p>Cette intervention n&apos;a pas de lieu du quartier : signalez le problème depuis le formulaire de signalement.</p>
      )}
    </div>
  );
}
