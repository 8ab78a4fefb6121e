/** Class names shared by server and client components (a "use client" module can't export them to servers). */
const buttonVariants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-50",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;
export type ButtonVariant = keyof typeof buttonVariants;

export const buttonClass = (variant: ButtonVariant = "primary") =>
  `inline-flex items-center justify-center rounded-md px-4 py-2 text-base font-semibold disabled:opacity-60 ${buttonVariants[variant]}`;

// `relative` keeps screen-reader-only text inside the scrolling box from widening the page.
export const tableWrapperClass = "relative overflow-x-auto rounded-md border border-slate-300 bg-white";
/** Cells are styled by `.data-table` in globals.css, so rows don't repeat the same classes. */
export const tableClass = "data-table min-w-full divide-y divide-slate-200 text-left text-sm";
