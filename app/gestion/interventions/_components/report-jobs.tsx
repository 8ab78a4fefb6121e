import Link from "next/link";
import { buttonClass } from "@/components/ui/styles";
import { formatLongDay } from "@/lib/format/dates";
import type { WorkOrderStatus } from "@/lib/generated/prisma/enums";
import { routes } from "@/lib/routes";
import { WorkOrderStatusBadge } from "./status-badge";

/** On a report's triage page: the jobs made from it, and the way to make one. */
export function ReportJobs({ reportId, jobs }: { reportId: string; jobs: { id: string; number: number; status: WorkOrderStatus; task: string; scheduledDate: Date }[] }) {
  return (
    <>
      {jobs.length ? (
        <ul className="space-y-2">
          {jobs.map((job) => (
            <li key={job.id} className="flex flex-wrap items-center gap-2">
              <Link href={routes.staff.workOrder(job.id)} className="underline">
                Intervention n° {job.number}
              </Link>
              <span>
                — {job.task} — {formatLongDay(job.scheduledDate)}
              </span>
              <WorkOrderStatusBadge status={job.status} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">Aucune intervention pour ce signalement.</p>
      )}
      <p>
        <Link href={routes.staff.newWorkOrderFromReport(reportId)} className={buttonClass("secondary")}>
          Créer une intervention
        </Link>
      </p>
    </>
  );
}
