import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AccessDenied } from "@/components/ui/access-denied";
import { PaginatedTable } from "@/components/ui/data-table";
import { buttonClass } from "@/components/ui/styles";
import { pageActor } from "@/lib/auth/guard";
import { pageParam } from "@/lib/core/schemas";
import { formatDayTime } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { routes } from "@/lib/routes";
import { MISSION_STATUS_LABELS, parisTimeOf } from "@/lib/volunteering/model";
import { listMissions } from "@/lib/volunteering/queries/staff";
import { SectionFrame } from "../_components/section-frame";
import { VolunteeringLinks } from "./_components/volunteering-links";

export const metadata: Metadata = { title: "Gestion — bénévolat" };

const querySchema = z.object({ periode: z.literal("passees").optional().catch(undefined), page: pageParam() });

export default async function VolunteerMissionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await pageActor("volunteering:manage", routes.staff.volunteering);
  if (!actor) return <AccessDenied signedIn />;
  const query = querySchema.parse(await searchParams);
  const past = query.periode === "passees";
  const list = await listMissions(actor, { when: past ? "past" : "upcoming", page: query.page });

  return (
    <SectionFrame title="Bénévolat" intro="Les missions proposées aux bénévoles, les heures données et leur valeur pour les comptes de l'association." section={routes.staff.volunteering} crumbs={[]}>
      <VolunteeringLinks current={routes.staff.volunteering} />
      <div className="flex flex-wrap items-center gap-3">
        <Link href={routes.staff.newVolunteerMission} className={buttonClass("primary")}>
          Nouvelle mission
        </Link>
        <nav aria-label="Période des missions" className="flex gap-3">
          <Link href={routes.staff.volunteeringMissions({})} aria-current={past ? undefined : "page"} className="text-brand-800 underline underline-offset-2">
            À venir
          </Link>
          <Link href={routes.staff.volunteeringMissions({ periode: "passees" })} aria-current={past ? "page" : undefined} className="text-brand-800 underline underline-offset-2">
            Passées
          </Link>
        </nav>
      </div>
      <PaginatedTable
        caption={past ? "Missions passées" : "Missions à venir"}
        count={plural(list.total, "mission", "missions")}
        none={past ? "Aucune mission passée." : "Aucune mission à venir : publiez-en une avec le bouton ci-dessus."}
        showAll="Voir les missions à venir"
        filtered={false}
        pagination={{ page: list.page, total: list.total, pageSize: list.pageSize, basePath: routes.staff.volunteering, params: { periode: query.periode } }}
        rows={list.rows}
        columns={[
          {
            header: "Mission",
            rowHeader: true,
            cell: (m) => (
              <Link href={routes.staff.volunteerMission(m.id)} className="text-brand-800 underline underline-offset-2">
                {m.title}
              </Link>
            ),
          },
          { header: "Quand", className: "whitespace-nowrap", cell: (m) => `${formatDayTime(m.startsAt)} – ${parisTimeOf(m.endsAt)}` },
          { header: "Lieu", cell: (m) => m.place },
          { header: "Activité", cell: (m) => m.activity.name },
          { header: "État", cell: (m) => MISSION_STATUS_LABELS[m.status] },
          { header: "Inscrits / places", numeric: true, cell: (m) => `${m.confirmed} / ${m.places}` },
        ]}
      />
    </SectionFrame>
  );
}
