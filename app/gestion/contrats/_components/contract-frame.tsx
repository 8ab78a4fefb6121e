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
      <div className="space-y-8">{children}</div>
    </>
  );
}

