import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { AccessDenied } from "@/components/ui/access-denied";
import { pageActor } from "@/lib/auth/guard";
import { skillsInUse, teamOptions } from "@/lib/employees/queries/staff";
import { routes } from "@/lib/routes";
import { SectionFrame } from "../../_components/section-frame";
import { EmployeeForm } from "../_components/employee-forms";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Nouveau salarié" };

export default async function NewEmployeePage() {
  const actor = await pageActor("employees:manage", routes.staff.newEmployee);
  if (!actor) return <AccessDenied signedIn />;
  const [teams, skills] = await Promise.all([teamOptions(actor), skillsInUse(actor)]);
  return (
    <SectionFrame title="Nouveau salarié" section={routes.staff.employees} crumbs={[{ href: routes.staff.employees, label: "Salariés" }]}>
      <div className="max-w-2xl">
        <Panel id="titre-fiche" title="Contrat, heures, équipe et compétences">
          <EmployeeForm idempotencyKey={randomUUID()} teams={teams} skillsInUse={skills} />
        </Panel>
      </div>
    </SectionFrame>
  );
}
