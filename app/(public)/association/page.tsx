import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDayTime, formatLongDay } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { COLLEGE_LABELS } from "@/lib/membership/model";
import { BODY_KIND_LABELS, MANDATE_POSITION_LABELS } from "@/lib/governance/model";
import { getPublicGovernance, type PublicGovernance } from "@/lib/governance/meetings/public";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "L'association",
  description: "Les instances de la Régie de quartier, qui y siège, les comptes rendus publiés et leurs décisions, la prochaine assemblée générale.",
};

// The same for every visitor: refreshed when a body, a mandate or a meeting changes (tag "governance-public").
export const revalidate = 3600;

type Seat = PublicGovernance["bodies"][number]["seats"][number];

/** The seats of a body by college, in the order of the colleges. */
function byCollege(seats: Seat[]) {
  const groups = new Map<Seat["college"], Seat[]>();
  for (const seat of seats) groups.set(seat.college, [...(groups.get(seat.college) ?? []), seat]);
  return [...groups.entries()];
}

export default async function AssociationPage() {
  const data = await getPublicGovernance();
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">L&apos;association</h1>
        <p>
          La Régie de quartier est une association : ses habitants, les collectivités, les bailleurs et les partenaires du quartier la gouvernent ensemble. Voici ses instances,
          les comptes rendus de leurs réunions et leurs décisions.
        </p>
      </header>

      <section aria-labelledby="titre-prochaine-ag" className="space-y-2">
        <h2 id="titre-prochaine-ag" className="text-2xl font-semibold">
          Prochaine assemblée générale
        </h2>
        {data.nextAssembly ? (
          <p>
            Le {formatDayTime(data.nextAssembly.startsAt)}
            {data.nextAssembly.place ? `, ${data.nextAssembly.place}` : " (le lieu sera précisé dans la convocation)"}. Tous les adhérents de l&apos;année y sont convoqués.
          </p>
        ) : (
          <EmptyState>La date de la prochaine assemblée générale n&apos;est pas encore fixée.</EmptyState>
        )}
      </section>

      <section aria-labelledby="titre-instances" className="space-y-4">
        <h2 id="titre-instances" className="text-2xl font-semibold">
          Les instances et qui y siège
        </h2>
        {data.bodies.length === 0 ? <EmptyState>Les instances ne sont pas encore renseignées.</EmptyState> : null}
        {data.bodies.map((body) => (
          <article key={body.id} aria-labelledby={`instance-${body.id}`} className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
            <h3 id={`instance-${body.id}`} className="text-xl font-semibold">
              {body.name} <span className="text-base font-normal text-slate-700">({BODY_KIND_LABELS[body.kind]})</span>
            </h3>
            {body.description ? <p>{body.description}</p> : null}
            {body.kind === "GENERAL_ASSEMBLY" ? (
              <p>Tous les adhérents à jour de leur cotisation de l&apos;année.</p>
            ) : body.seats.length === 0 ? (
              <EmptyState>Aucun siège occupé aujourd&apos;hui.</EmptyState>
            ) : (
              byCollege(body.seats).map(([college, seats]) => (
                <div key={college}>
                  <h4 className="font-semibold">{COLLEGE_LABELS[college]}</h4>
                  <ul className="list-disc pl-6">
                    {seats.map((seat) => (
                      <li key={seat.id}>
                        {MANDATE_POSITION_LABELS[seat.position]} : {seat.holder ?? "siège occupé"}
                      </li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </article>
        ))}
      </section>

      <section aria-labelledby="titre-comptes-rendus" className="space-y-2">
        <h2 id="titre-comptes-rendus" className="text-2xl font-semibold">
          Comptes rendus publiés
        </h2>
        {data.minutes.length === 0 ? (
          <EmptyState>Aucun compte rendu publié pour l&apos;instant.</EmptyState>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {data.minutes.map((m) => (
              <li key={m.id}>
                <Link href={routes.public.publishedMinutes(m.id)} className="text-brand-800 underline underline-offset-2">
                  {m.body.name}, {formatLongDay(m.startsAt)}
                </Link>{" "}
                — {plural(m._count.decisions, "décision", "décisions")}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
