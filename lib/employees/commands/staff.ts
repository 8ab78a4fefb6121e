import "server-only";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { activeGrantWhere } from "@/lib/auth/session";
import { authorize } from "@/lib/authz/policy";
import { ConflictError, NotFoundError, ValidationError, isUniqueViolation } from "@/lib/core/errors";
import { inTransaction, type OperationContext } from "@/lib/core/operation";
import {
  ABSENCES_OVERLAP,
  ABSENCE_NOT_FOUND,
  ACCOUNT_ALREADY_LINKED,
  ACCOUNT_NOT_FOUND,
  ARCHIVED_EMPLOYEE,
  DUPLICATE_TEAM_NAME,
  EMPLOYEE_ALREADY_LINKED,
  EMPLOYEE_CONFLICT,
  EMPLOYEE_NOT_FOUND,
  EMPLOYEE_NOT_LINKED,
  TEAM_CONFLICT,
  TEAM_NOT_FOUND,
  UNKNOWN_TEAM,
  teamHasMembers,
} from "@/lib/employees/model";
import type {
  AddAbsenceInput,
  CreateEmployeeInput,
  CreateTeamInput,
  DeleteAbsenceInput,
  LinkEmployeeAccountInput,
  SetEmployeeArchivedInput,
  SetTeamArchivedInput,
  UnlinkEmployeeAccountInput,
  UpdateEmployeeInput,
  UpdateTeamInput,
} from "@/lib/employees/schemas";

/**
 * What staff change on teams, employees' records and absences. Each command checks
 * `employees:manage` itself (the privacy wall holds even for a caller that forgot), runs in one
 * transaction with its audit row, and edits a record only at the version the form was loaded at.
 */

/** Each write below can break one unique index only, so the code alone says which. */

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

function managing(ctx: OperationContext) {
  authorize(ctx.actor, "employees:manage");
}

// ─── Teams ──────────────────────────────────────────────────────────────────────────────────────

/** Names differ by more than case: "espaces verts" is refused beside "Espaces verts". */
async function assertTeamNameFree(tx: Tx, name: string, exceptId?: string) {
  const taken = await tx.team.findFirst({ where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new ValidationError(DUPLICATE_TEAM_NAME, { name: [DUPLICATE_TEAM_NAME] });
}

async function saveTeamName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Two people creating the same name at once: the unique index settles it.
    if (isUniqueViolation(error)) throw new ValidationError(DUPLICATE_TEAM_NAME, { name: [DUPLICATE_TEAM_NAME] });
    throw error;
  }
}

export async function createTeam(ctx: OperationContext, input: CreateTeamInput) {
  managing(ctx);
  return saveTeamName(() =>
    inTransaction(ctx, async (tx) => {
      await assertTeamNameFree(tx, input.name);
      const team = await tx.team.create({ data: input, select: { id: true, name: true } });
      await recordAudit(tx, { actorId: ctx.actor.id, action: "team.create", entityType: "Team", entityId: team.id, after: input });
      return team;
    }),
  );
}

/** The team at the version the form was loaded at, or why not. */
async function teamAtVersion(tx: Tx, teamId: string, version: number) {
  const team = await tx.team.findUnique({ where: { id: teamId }, select: { id: true, name: true, description: true, archivedAt: true, version: true } });
  if (!team) throw new NotFoundError(TEAM_NOT_FOUND);
  if (team.version !== version) throw new ConflictError(TEAM_CONFLICT);
  return team;
}

async function updateTeamAtVersion(tx: Tx, teamId: string, version: number, data: Prisma.TeamUpdateManyMutationInput) {
  const { count } = await tx.team.updateMany({ where: { id: teamId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError(TEAM_CONFLICT);
}

export async function updateTeam(ctx: OperationContext, { teamId, version, ...fields }: UpdateTeamInput) {
  managing(ctx);
  return saveTeamName(() =>
    inTransaction(ctx, async (tx) => {
      const before = await teamAtVersion(tx, teamId, version);
      await assertTeamNameFree(tx, fields.name, teamId);
      await updateTeamAtVersion(tx, teamId, version, fields);
      await recordAudit(tx, {
        actorId: ctx.actor.id,
        action: "team.update",
        entityType: "Team",
        entityId: teamId,
        before: { name: before.name, description: before.description },
        after: fields,
      });
      return { id: teamId, name: fields.name };
    }),
  );
}

/** Archived, a team is no longer offered; it keeps its history. Its active members must move first. */
export async function setTeamArchived(ctx: OperationContext, { teamId, version, archived }: SetTeamArchivedInput) {
  managing(ctx);
  return inTransaction(ctx, async (tx) => {
    const team = await teamAtVersion(tx, teamId, version);
    if (!!team.archivedAt === archived) return { id: teamId, name: team.name, archived };
    if (archived) {
      const members = await tx.employee.count({ where: { teamId, archivedAt: null } });
      if (members > 0) throw new ValidationError(teamHasMembers(members));
    }
    await updateTeamAtVersion(tx, teamId, version, { archivedAt: archived ? new Date() : null });
    await recordAudit(tx, { actorId: ctx.actor.id, action: archived ? "team.archive" : "team.restore", entityType: "Team", entityId: teamId });
    return { id: teamId, name: team.name, archived };
  });
}

// ─── Employees ──────────────────────────────────────────────────────────────────────────────────

type EmployeeFields = Omit<UpdateEmployeeInput, "employeeId" | "version">;

/** A team given to an employee must exist and be active (a stale form may name an archived one). */
async function assertTeamUsable(tx: Tx, teamId: string | null, keep?: string | null) {
  if (!teamId || teamId === keep) return;
  const team = await tx.team.findFirst({ where: { id: teamId, archivedAt: null }, select: { id: true } });
  if (!team) throw new ValidationError(UNKNOWN_TEAM, { teamId: [UNKNOWN_TEAM] });
}

const auditedFields = (fields: EmployeeFields) => ({ ...fields, startsOn: day(fields.startsOn), endsOn: day(fields.endsOn) });

export async function createEmployee(ctx: OperationContext, { idempotencyKey, ...fields }: CreateEmployeeInput) {
  managing(ctx);
  const sentBefore = () => (ctx.tx ?? db).employee.findUnique({ where: { idempotencyKey }, select: { id: true, name: true } });
  try {
    return await inTransaction(ctx, async (tx) => {
      const existing = await tx.employee.findUnique({ where: { idempotencyKey }, select: { id: true, name: true } });
      if (existing) return existing;
      await assertTeamUsable(tx, fields.teamId);
      const employee = await tx.employee.create({ data: { ...fields, idempotencyKey }, select: { id: true, name: true } });
      await recordAudit(tx, { actorId: ctx.actor.id, action: "employee.create", entityType: "Employee", entityId: employee.id, after: auditedFields(fields) });
      return employee;
    });
  } catch (error) {
    // The same form sent twice at once: the other submission won the unique key; its employee.
    const winner = isUniqueViolation(error) ? await sentBefore() : null;
    if (!winner) throw error;
    return winner;
  }
}

async function employeeAtVersion(tx: Tx, employeeId: string, version: number) {
  const employee = await tx.employee.findUnique({
    where: { id: employeeId },
    select: {
      id: true,
      name: true,
      phone: true,
      contractType: true,
      startsOn: true,
      endsOn: true,
      weeklyHours: true,
      teamId: true,
      skills: true,
      archivedAt: true,
      userId: true,
      linkGrantId: true,
      version: true,
    },
  });
  if (!employee) throw new NotFoundError(EMPLOYEE_NOT_FOUND);
  if (employee.version !== version) throw new ConflictError(EMPLOYEE_CONFLICT);
  return employee;
}

async function updateEmployeeAtVersion(tx: Tx, employeeId: string, version: number, data: Prisma.EmployeeUncheckedUpdateManyInput) {
  const { count } = await tx.employee.updateMany({ where: { id: employeeId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError(EMPLOYEE_CONFLICT);
}

export async function updateEmployee(ctx: OperationContext, { employeeId, version, ...fields }: UpdateEmployeeInput) {
  managing(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await employeeAtVersion(tx, employeeId, version);
    if (before.archivedAt) throw new ValidationError(ARCHIVED_EMPLOYEE);
    await assertTeamUsable(tx, fields.teamId, before.teamId);
    await updateEmployeeAtVersion(tx, employeeId, version, fields);
    const old = { name: before.name, phone: before.phone, contractType: before.contractType, startsOn: before.startsOn, endsOn: before.endsOn, weeklyHours: before.weeklyHours, teamId: before.teamId, skills: before.skills };
    await recordAudit(tx, { actorId: ctx.actor.id, action: "employee.update", entityType: "Employee", entityId: employeeId, before: auditedFields(old), after: auditedFields(fields) });
    return { id: employeeId, name: fields.name };
  });
}

/**
 * Revokes the EMPLOYEE grant the account link made, if it is still active (an administrator may
 * have revoked it already): the person loses the phone space with the link.
 */
async function revokeLinkGrant(tx: Tx, ctx: OperationContext, employee: { userId: string | null; linkGrantId: string | null }) {
  if (!employee.userId || !employee.linkGrantId) return;
  const { count } = await tx.roleGrant.updateMany({
    where: { id: employee.linkGrantId, userId: employee.userId, role: "EMPLOYEE", revokedAt: null },
    data: { revokedAt: new Date(), revokedById: ctx.actor.id },
  });
  if (count > 0) {
    await recordAudit(tx, { actorId: ctx.actor.id, action: "role.revoke", entityType: "User", entityId: employee.userId, before: { grantId: employee.linkGrantId, role: "EMPLOYEE" } });
  }
}

/**
 * Archived, an employee leaves the lists and the pickers; their hours stay counted. Their account
 * is unlinked and loses the EMPLOYEE role the link gave it (link it again after restoring).
 */
export async function setEmployeeArchived(ctx: OperationContext, { employeeId, version, archived }: SetEmployeeArchivedInput) {
  managing(ctx);
  return inTransaction(ctx, async (tx) => {
    const employee = await employeeAtVersion(tx, employeeId, version);
    if (!!employee.archivedAt === archived) return { id: employeeId, name: employee.name, archived };
    if (archived) await revokeLinkGrant(tx, ctx, employee);
    await updateEmployeeAtVersion(tx, employeeId, version, archived ? { archivedAt: new Date(), userId: null, linkGrantId: null } : { archivedAt: null });
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: archived ? "employee.archive" : "employee.restore",
      entityType: "Employee",
      entityId: employeeId,
      before: archived && employee.userId ? { userId: employee.userId } : undefined,
    });
    return { id: employeeId, name: employee.name, archived };
  });
}

/**
 * Links an employee to a portal account, found by its address: the person then signs in to their
 * jobs on a phone. An account without the EMPLOYEE role gets it (granted by the staff member, and
 * remembered so that unlinking takes back only this grant). One account, one employee.
 */
export async function linkEmployeeAccount(ctx: OperationContext, { employeeId, version, email }: LinkEmployeeAccountInput) {
  managing(ctx);
  try {
    return await inTransaction(ctx, async (tx) => {
      const employee = await employeeAtVersion(tx, employeeId, version);
      if (employee.archivedAt) throw new ValidationError(ARCHIVED_EMPLOYEE);
      if (employee.userId) throw new ValidationError(EMPLOYEE_ALREADY_LINKED);
      const user = await tx.user.findFirst({
        where: { email: { equals: email, mode: "insensitive" }, status: "ACTIVE" },
        select: { id: true, name: true, employee: { select: { id: true } } },
      });
      if (!user) throw new ValidationError(ACCOUNT_NOT_FOUND, { email: [ACCOUNT_NOT_FOUND] });
      if (user.employee) throw new ValidationError(ACCOUNT_ALREADY_LINKED, { email: [ACCOUNT_ALREADY_LINKED] });
      const hasRole = await tx.roleGrant.findFirst({ where: { userId: user.id, role: "EMPLOYEE", ...activeGrantWhere() }, select: { id: true } });
      const grant = hasRole ? null : await tx.roleGrant.create({ data: { userId: user.id, role: "EMPLOYEE", grantedById: ctx.actor.id }, select: { id: true } });
      await updateEmployeeAtVersion(tx, employeeId, version, { userId: user.id, linkGrantId: grant?.id ?? null });
      if (grant) {
        await recordAudit(tx, { actorId: ctx.actor.id, action: "role.grant", entityType: "User", entityId: user.id, after: { grantId: grant.id, role: "EMPLOYEE", employeeId } });
      }
      await recordAudit(tx, { actorId: ctx.actor.id, action: "employee.link-account", entityType: "Employee", entityId: employeeId, after: { userId: user.id, grantId: grant?.id ?? null } });
      return { id: employeeId, accountName: user.name, granted: !!grant };
    });
  } catch (error) {
    // The same account linked to two records at once: the unique index settles it.
    if (isUniqueViolation(error)) throw new ValidationError(ACCOUNT_ALREADY_LINKED, { email: [ACCOUNT_ALREADY_LINKED] });
    throw error;
  }
}

export async function unlinkEmployeeAccount(ctx: OperationContext, { employeeId, version }: UnlinkEmployeeAccountInput) {
  managing(ctx);
  return inTransaction(ctx, async (tx) => {
    const employee = await employeeAtVersion(tx, employeeId, version);
    if (!employee.userId) throw new ValidationError(EMPLOYEE_NOT_LINKED);
    await revokeLinkGrant(tx, ctx, employee);
    await updateEmployeeAtVersion(tx, employeeId, version, { userId: null, linkGrantId: null });
    await recordAudit(tx, { actorId: ctx.actor.id, action: "employee.unlink-account", entityType: "Employee", entityId: employeeId, before: { userId: employee.userId, grantId: employee.linkGrantId } });
    return { id: employeeId };
  });
}

// ─── Absences ───────────────────────────────────────────────────────────────────────────────────

/** An absence; one employee's absences never overlap (ends included). */
export async function addAbsence(ctx: OperationContext, { employeeId, ...absence }: AddAbsenceInput) {
  managing(ctx);
  return inTransaction(ctx, async (tx) => {
    // The employee's row locked: two absences added at once are checked one after the other.
    const [employee] = await tx.$queryRaw<{ id: string; archivedAt: Date | null }[]>(Prisma.sql`
      SELECT id, "archivedAt" FROM "Employee" WHERE id = ${employeeId} FOR UPDATE`);
    if (!employee) throw new NotFoundError(EMPLOYEE_NOT_FOUND);
    if (employee.archivedAt) throw new ValidationError(ARCHIVED_EMPLOYEE);
    const overlapping = await tx.absence.findFirst({
      where: { employeeId, startsOn: { lte: absence.endsOn }, endsOn: { gte: absence.startsOn } },
      select: { id: true },
    });
    if (overlapping) throw new ValidationError(ABSENCES_OVERLAP, { startsOn: [ABSENCES_OVERLAP] });
    const created = await tx.absence.create({ data: { employeeId, ...absence, createdById: ctx.actor.id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "absence.create",
      entityType: "Employee",
      entityId: employeeId,
      after: { absenceId: created.id, kind: absence.kind, startsOn: day(absence.startsOn), endsOn: day(absence.endsOn) },
    });
    return { id: created.id, employeeId };
  });
}

/** Deletes an absence; an archived record stays as it was archived, like for adding one. */
export async function deleteAbsence(ctx: OperationContext, { absenceId }: DeleteAbsenceInput) {
  managing(ctx);
  return inTransaction(ctx, async (tx) => {
    const absence = await tx.absence.findUnique({
      where: { id: absenceId },
      select: { employeeId: true, kind: true, startsOn: true, endsOn: true, employee: { select: { archivedAt: true } } },
    });
    if (!absence) throw new NotFoundError(ABSENCE_NOT_FOUND);
    if (absence.employee.archivedAt) throw new ValidationError(ARCHIVED_EMPLOYEE);
    await tx.absence.delete({ where: { id: absenceId } });
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "absence.delete",
      entityType: "Employee",
      entityId: absence.employeeId,
      before: { absenceId, kind: absence.kind, startsOn: day(absence.startsOn), endsOn: day(absence.endsOn) },
    });
    return { id: absenceId, employeeId: absence.employeeId };
  });
}
