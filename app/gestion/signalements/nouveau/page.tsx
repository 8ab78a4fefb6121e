import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { readRefusal, REFUSAL_COOKIE } from "@/lib/reports/form-refusal";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { ReportForm } from "@/components/reports/report-form";
import { pageActor } from "@/lib/auth/guard";
import { listReportCategories } from "@/lib/report-catalog/active";
import { listPlaceOptions } from "@/lib/reports/queries/place";
import { mapTileUrl } from "@/lib/map-tiles";
import { getTerritoryBounds } from "@/lib/territory/queries";
import { GestionNav } from "../../_components/gestion-nav";
import { SuccessNotice } from "@/components/ui/success-notice";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Saisir un signalement pour un habitant" };

/** Staff at the counter or on the phone: a report entered for someone, who is named privately. */
export default async function NewReportOnBehalfPage({ searchParams }: { searchParams: Promise<{ enregistre?: string; refus?: string }> }) {
  const actor = await pageActor("reports:create-on-behalf", routes.staff.newReport);
  if (!actor) return <AccessDenied signedIn />;
  const [categories, places, bounds, { enregistre, refus }] = await Promise.all([listReportCategories(), listPlaceOptions(), getTerritoryBounds(), searchParams]);
  const refusal = readRefusal((await cookies()).get(REFUSAL_COOKIE)?.value, "guichet", refus);
  const saved = /^\d{1,9}$/.test(enregistre ?? "") ? enregistre : null;

  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader
        title="Saisir un signalement pour un habitant"
        intro="Pour une personne venue à l'accueil ou qui a téléphoné. Son nom et son contact restent internes à la Régie."
      />
      <GestionNav current={routes.staff.newReport} />
      {saved ? (
        <SuccessNotice>
          Signalement n° {saved} enregistré. Vous pouvez en saisir un autre.
        </SuccessNotice>
      ) : null}
      <section aria-label="Formulaire de signalement" className="rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
        <ReportForm
          formName="guichet"
          idempotencyKey={randomUUID()}
          categories={categories}
          places={places}
          onBehalf
          map={{ tileUrl: mapTileUrl(), bounds }}
          submitLabel="Enregistrer le signalement"
          refusal={refusal}
        />
      </section>
    </div>
  );
}
