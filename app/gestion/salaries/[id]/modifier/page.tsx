import type { Metadata } from "next";
import { AccessDenied } from "@/components/ui/access-denied";
import { getEmployee, skillsInUse, teamOptions } from "@/lib/employees/queries/staff";
import { formatIsoDay } from "@/lib/format/dates";
import { routes } from "@/lib/routes";
import { loadRecord } from "@/lib/auth/load-record";
import { SectionFrame } from "../../../_components/section-frame";
import { EmployeeForm } from "../../_components/employee-forms";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Modifier une fiche salarié" };

/** "26,5": the weekly hours as the form shows them. */
const hoursText = (hours: number) => String(hours).replace(".", ",");

export default async function EditEmployeePage({ params }: { params: Promise<{ id: string }> }) {
  const loaded = await loadRecord("employees:manage", routes.staff.editEmployee, params, getEmployee);
  if (!loaded) return <AccessDenied signedIn />;
  const { actor, record: employee } = loaded;
  const [teams, skills] = await Promise.all([teamOptions(actor), skillsInUse(actor)]);
  // An archived team stays shown for the employee still in it.
  const teamChoices = employee.team && employee.team.archivedAt ? [...teams, { value: employee.team.id, label: `${employee.team.name} (archivée)` }] : teams;
  return (
    <SectionFrame
      title={`Modifier la fiche de ${employee.name}`}
      section={routes.staff.employees}
      crumbs={[
        { href: routes.staff.employees, label: "Salariés" },
        { href: routes.staff.employee(employee.id), label: employee.name },
      ]}
    >
      <div className="max-w-2xl">
        <Panel id="titre-fiche" title="Contrat, heures, équipe et compétences">
          {employee.archivedAt ? (
            <p>Cette fiche est archivée : restaurez-la depuis sa page pour la modifier.</p>
          ) : (
            <EmployeeForm
              employee={{
                id: employee.id,
                version: employee.version,
                name: employee.name,
                phone: employee.phone,
                contractType: employee.contractType,
                startsOn: formatIsoDay(employee.startsOn),
                endsOn: employee.endsOn ? formatIsoDay(employee.endsOn) : "",
                weeklyHours: hoursText(employee.weeklyHours),
                teamId: employee.team?.id ?? "",
                skills: employee.skills.join(", "),
              }}
              teams={teamChoices}
              skillsInUse={skills}
            />
          )}
        </Panel>
      </div>
    </SectionFrame>
  );
}
