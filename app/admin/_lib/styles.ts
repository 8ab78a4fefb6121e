/**
 * Class names shared by the admin pages. `buttonClass` in components/ui/button.tsx lives in a
 * client module, so server components cannot call it; these mirror it.
 */
export const primaryButtonClass =
  "inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-base font-semibold text-white hover:bg-brand-800";
export const secondaryLinkClass =
  "inline-flex items-center justify-center rounded-md border border-slate-400 bg-white px-4 py-2 text-base font-semibold text-slate-900 hover:bg-slate-50";

export const tableWrapperClass = "relative overflow-x-auto rounded-md border border-slate-300 bg-white";
export const tableClass = "min-w-full divide-y divide-slate-200 text-left text-sm";
export const thClass = "whitespace-nowrap bg-slate-100 px-3 py-2 font-semibold text-slate-900";
export const tdClass = "px-3 py-2 align-top text-slate-800";
