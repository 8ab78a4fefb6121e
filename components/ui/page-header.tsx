import type { ReactNode } from "react";

export function PageHeader({ title, intro }: { title: string; intro?: ReactNode }) {
  return (
    <header className="mb-6 space-y-2">
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{title}</h1>
      {intro ? <p className="max-w-prose text-slate-700">{intro}</p> : null}
    </header>
  );
}
