import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { routes } from "@/lib/routes";
import { GestionNav } from "../../_components/gestion-nav";

/** The frame of the contracts' pages: title, the back office's sections, a way back. */
export function ContractFrame({ title, intro, back, children }: { title: string; intro?: ReactNode; back: { href: string; label: string }; children: ReactNode }) {
  return (
    <>
      <p className="mb-2">
        <Link href={back.href} className="text-brand-800 underline underline-offset-2">
          ← {back.label}
        </Link>
      </p>
      <PageHeader title={title} intro={intro} />
      <GestionNav current={routes.staff.contracts} />
      {children}
    </>
  );
}

/** A titled block of a contract's page. */
export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-8 space-y-4 rounded-md border border-slate-300 bg-white p-4 sm:p-6">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
