"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  addAbsence,
  createEmployee,
  deleteAbsence,
  linkEmployeeAccount,
  setEmployeeArchived,
  unlinkEmployeeAccount,
  updateEmployee,
} from "@/lib/employees/commands/staff";
import {
  addAbsenceSchema,
  createEmployeeSchema,
  deleteAbsenceSchema,
  linkEmployeeAccountSchema,
  setEmployeeArchivedSchema,
  unlinkEmployeeAccountSchema,
  updateEmployeeSchema,
} from "@/lib/employees/schemas";
import { routes } from "@/lib/routes";

const permission = "employees:manage";

export const createEmployeeAction = defineAction({
  name: "createEmployee",
  permission,
  schema: createEmployeeSchema,
  handler: ({ input, actor }) => createEmployee({ actor }, input),
  redirectTo: (employee) => routes.staff.employee(employee.id, { notice: "cree" }),
});

export const updateEmployeeAction = defineAction({
  name: "updateEmployee",
  permission,
  schema: updateEmployeeSchema,
  handler: ({ input, actor }) => updateEmployee({ actor }, input),
  redirectTo: (employee) => routes.staff.employee(employee.id, { notice: "modifie" }),
});

export const setEmployeeArchivedAction = defineAction({
  name: "setEmployeeArchived",
  permission,
  schema: setEmployeeArchivedSchema,
  handler: ({ input, actor }) => setEmployeeArchived({ actor }, input),
  redirectTo: (employee) => routes.staff.employee(employee.id, { notice: employee.archived ? "archive" : "restaure" }),
});

export const linkEmployeeAccountAction = defineAction({
  name: "linkEmployeeAccount",
  permission,
  schema: linkEmployeeAccountSchema,
  handler: ({ input, actor }) => linkEmployeeAccount({ actor }, input),
  redirectTo: (link) => routes.staff.employee(link.id, { notice: "lie" }),
});

export const unlinkEmployeeAccountAction = defineAction({
  name: "unlinkEmployeeAccount",
  permission,
  schema: unlinkEmployeeAccountSchema,
  handler: ({ input, actor }) => unlinkEmployeeAccount({ actor }, input),
  redirectTo: (link) => routes.staff.employee(link.id, { notice: "delie" }),
});

export const addAbsenceAction = defineAction({
  name: "addAbsence",
  permission,
  schema: addAbsenceSchema,
  handler: ({ input, actor }) => addAbsence({ actor }, input),
  redirectTo: (absence) => routes.staff.employee(absence.employeeId, { notice: "absence" }),
});

export const deleteAbsenceAction = defineAction({
  name: "deleteAbsence",
  permission,
  schema: deleteAbsenceSchema,
  handler: ({ input, actor }) => deleteAbsence({ actor }, input),
  redirectTo: (absence) => routes.staff.employee(absence.employeeId, { notice: "absence-supprimee" }),
});
