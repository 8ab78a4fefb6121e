import Link from "next/link";
import { ENDING_SOON_DAYS, daysUntil } from "@/lib/contracts/model";
import { formatLongDay } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";

type EndingContract = { id: string; reference: string; object: string; endsOn: Date; partner: { name: string } };

/** The staff home's renewal alerts: active contracts ending within ENDING_SOON_DAYS days, soonest first. */
export function ContractAlerts({ contracts, now = new Date() }: { contracts: EndingContract[]; now?: Date }) {
  return (
    <section aria-labelledby="contrats-echeance" className="mb-8 rounded-md border border-amber-700 bg-amber-50 p-4">
      <h2 id="contrats-echeance" className="mb-2 text-xl font-semibold">
        Contrats à renouveler
      </h2>
      {contracts.length === 0 ? (
        <p>Aucun contrat actif ne se termine dans les {ENDING_SOON_DAYS} prochains jours.</p>
      ) : (
        <>
          <ul className="space-y-1">
            {contracts.map((c) => (
              <li key={c.id}>
                <Link href={routes.staff.contract(c.id)} className="font-medium text-brand-800 underline underline-offset-2">
                  {c.reference} — {c.partner.name}
                </Link>{" "}
                : {c.object}, se termine le {formatLongDay(c.endsOn)} (dans {plural(Math.max(0, daysUntil(c.endsOn, now)), "jour", "jours")}).
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href={routes.staff.contractsFiltered({ echeance: "proche" })} className="text-brand-800 underline underline-offset-2">
              Voir tous les contrats qui se terminent dans les {ENDING_SOON_DAYS} jours
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
