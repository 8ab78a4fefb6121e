import type { SiteKind } from "@/lib/generated/prisma/enums";

export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  RESIDENCE: "Résidence",
  PUBLIC_SPACE: "Espace public",
  FACILITY: "Équipement",
};

export const tableWrapperClass = "relative overflow-x-auto rounded-md border border-slate-300 bg-white";
export const tableClass = "min-w-full divide-y divide-slate-200 text-left text-sm";
export const thClass = "whitespace-nowrap bg-slate-100 px-3 py-2 font-semibold text-slate-900";
export const tdClass = "px-3 py-2 align-top text-slate-800";
