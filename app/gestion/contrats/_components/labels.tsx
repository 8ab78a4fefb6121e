import type { ContractStatus } from "@/lib/generated/prisma/enums";
import { CONTRACT_STATUS_LABELS } from "@/lib/contracts/model";

const STATUS_CLASSES: Record<ContractStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-900 ring-slate-500",
  ACTIVE: "bg-green-50 text-green-900 ring-green-700",
  EXPIRED: "bg-amber-50 text-amber-900 ring-amber-700",
  CLOSED: "bg-slate-200 text-slate-900 ring-slate-600",
};

/** A contract's status as a badge (its words say it; the colour only helps). */
export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ring-1 ${STATUS_CLASSES[status]}`}>{CONTRACT_STATUS_LABELS[status]}</span>;
}
