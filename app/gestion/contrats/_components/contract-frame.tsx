import type { ReactNode } from "react";
import { routes } from "@/lib/routes";
import { SectionFrame } from "../../_components/section-frame";

/**
 * The frame of the contracts' pages: the back office's section frame, with one way back (to the
 * list or to the contract) rather than breadcrumbs, and the last change's confirmation.
 */
export function ContractFrame({ back, ...page }: { title: string; intro?: ReactNode; back: { href: string; label: string }; notice?: string; children: ReactNode }) {
  return <SectionFrame {...page} section={routes.staff.contracts} back={back} />;
}
