import Link from "next/link";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";

/**
 * The staff home's "À traiter": what partners asked of the Régie and nobody has taken up yet, the
 * jobs they ordered still to plan and the work they sent back, each leading to its filtered list.
 */
export function WorkToHandle({ ordersToPlan, sentBack }: { ordersToPlan: number; sentBack: number }) {
  return (
    <section aria-labelledby="a-traiter" className="mb-8 rounded-md border border-slate-300 bg-white p-4">
      <h2 id="a-traiter" className="mb-2 text-xl font-semibold">
        À traiter
      </h2>
      {ordersToPlan === 0 && sentBack === 0 ? (
        <p>Aucune commande de partenaire à planifier, aucune intervention renvoyée.</p>
      ) : (
        <ul className="space-y-1">
          {ordersToPlan > 0 ? (
            <li>
              <Link href={routes.staff.ordersToPlan} className="font-medium text-brand-800 underline underline-offset-2">
                {plural(ordersToPlan, "commande de partenaire", "commandes de partenaires")} à planifier
              </Link>
            </li>
          ) : null}
          {sentBack > 0 ? (
            <li>
              <Link href={routes.staff.sentBackJobs} className="font-medium text-brand-800 underline underline-offset-2">
                {plural(sentBack, "intervention renvoyée", "interventions renvoyées")} par un partenaire, à reprendre
              </Link>
            </li>
          ) : null}
        </ul>
      )}
    </section>
  );
}
