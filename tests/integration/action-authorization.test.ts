/**
 * Every server action is a public endpoint. This file finds them all (every app/**\/actions.ts)
 * and checks that each guarded one refuses anonymous callers and callers without the right role,
 * changing nothing. A new action breaks this suite until it is added to GUARDED_ACTIONS (with the
 * callers it must refuse) or, deliberately, to PUBLIC_ACTIONS.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import type { ServerAction } from "@/lib/actions/define-action";
import { signOutEverywhere } from "@/lib/people/account-service";
import { createSession } from "@/lib/auth/session-store";
import type { Role } from "@/lib/generated/prisma/enums";
import { callAction, expectRefused, type Fields } from "../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../helpers/database";
import { actorOf, createPartner, createTerritory, createUser, TEST_PASSWORD, type TestUser } from "../helpers/factories";
import { createCategory, createReportRow } from "../helpers/reports";
import { signInAs } from "../helpers/session";
import { EVERY_ROLE_BUT_ADMIN, EVERY_ROLE_BUT_PARTNER, EVERY_ROLE_BUT_STAFF, EVERY_ROLE_BUT_STAFF_OR_ADMIN, type Fixture, type GuardedCase } from "./action-authorization/shared";
import { cases as partnerCases } from "./action-authorization/partners";
import { cases as territoryCases } from "./action-authorization/territory";
import { cases as contractCases } from "./action-authorization/contracts";
import { cases as workOrderCases } from "./action-authorization/work-orders";
import { cases as employeeCases } from "./action-authorization/employees";
import { cases as employeePhoneCases } from "./action-authorization/employee-phone";
import { cases as partnerWorkCases } from "./action-authorization/partner-work";
import { cases as membershipCases } from "./action-authorization/membership";
import { cases as governanceBodyCases } from "./action-authorization/governance-bodies";
import { cases as meetingCases } from "./action-authorization/meetings";
import { cases as volunteeringCases } from "./action-authorization/volunteering";


const ROOT = path.resolve(import.meta.dirname, "../..");
const UNAUTHENTICATED = "Veuillez vous connecter.";
const FORBIDDEN = "Accès refusé.";

/** Actions anyone may call, on purpose. Adding one here is a security decision. */
const PUBLIC_ACTIONS = [
  "signIn",
  "signUp",
  "signOut",
  "requestPasswordReset",
  "resetPassword",
  "confirmEmail",
  // The partner invitation's link is the credential (tests/integration/partners/invitations.test.ts).
  "acceptPartnerInvitationNewAccount",
];

/** Roles that may not report a problem in their own name (policy: REPORTERS). */
const NOT_REPORTERS: Role[][] = [["PARTNER"], ["ADMIN"], ["PARTNER", "ADMIN"]];

const reportInput = ({ reports }: Fixture): Fields => ({
  categoryId: reports.categoryId,
  place: reports.place,
  description: "Le local poubelles déborde depuis trois jours.",
  visibility: "PUBLIC",
  idempotencyKey: "cle-de-test-0123456789",
});

const GUARDED_ACTIONS: Record<string, GuardedCase> = {
  ...partnerCases,
  ...territoryCases,
  ...contractCases,
  ...workOrderCases,
  ...employeeCases,
  ...employeePhoneCases,
  ...partnerWorkCases,
  ...membershipCases,
  ...governanceBodyCases,
  ...meetingCases,
  ...volunteeringCases,
  // Own account: any active account may, for itself only (the actor's id, never one sent).
  updateProfile: { wrongRoles: [], allowed: "target", input: () => ({ name: "Nouveau Nom", phone: "0600000000" }) },
  changePassword: {
    wrongRoles: [],
    allowed: "target",
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: "un-nouveau-mot-de-passe" }),
  },
  signOutEverywhere: { wrongRoles: [], allowed: "target", input: () => ({}) },
  deleteAccount: { wrongRoles: [], allowed: "target", input: () => ({ confirmation: "SUPPRIMER", password: TEST_PASSWORD }) },
  changeEmail: { wrongRoles: [], allowed: "target", input: () => ({ newEmail: "nouvelle-adresse@exemple.test", password: TEST_PASSWORD }) },
  // The fixture's target has not confirmed their address yet, so a new link can be sent.
  resendVerification: { wrongRoles: [], allowed: "target", input: () => ({}) },
  // Own notifications: any active account, its own only (other people's are tested in notifications.test.ts).
  openNotification: { wrongRoles: [], allowed: "target", input: ({ targetNotificationId }) => ({ notificationId: targetNotificationId }) },
  markAllNotificationsRead: { wrongRoles: [], allowed: "target", input: () => ({}) },
  updateNotificationSettings: { wrongRoles: [], allowed: "target", input: () => ({ notifyByEmail: "no" }) },
  // Mes appareils: own sessions only (someone else's session id is tested in devices.test.ts).
  endDevice: { wrongRoles: [], allowed: "target", input: ({ targetSessionId }) => ({ sessionId: targetSessionId }) },
  endOtherDevices: { wrongRoles: [], allowed: "target", input: () => ({}) },
  // Administration.
  grantRole: { wrongRoles: EVERY_ROLE_BUT_ADMIN, allowed: ["ADMIN"], input: ({ target }) => ({ userId: target.id, role: "ADMIN" }) },
  revokeRole: { wrongRoles: EVERY_ROLE_BUT_ADMIN, allowed: ["ADMIN"], input: ({ targetGrantId }) => ({ grantId: targetGrantId }) },
  setAccountStatus: {
    wrongRoles: EVERY_ROLE_BUT_ADMIN,
    allowed: ["ADMIN"],
    input: ({ target }) => ({ userId: target.id, status: "DISABLED" }),
  },
  // Neighbourhood reports.
  createReport: { wrongRoles: NOT_REPORTERS, allowed: ["RESIDENT"], input: reportInput },
  supportReport: { wrongRoles: NOT_REPORTERS, allowed: ["RESIDENT"], input: ({ reports }) => ({ reportId: reports.openPublicReportId }) },
  // Their own report only (another person's is refused in privacy/contact-consent.test.ts).
  setContactConsent: { wrongRoles: NOT_REPORTERS, allowed: "target", input: ({ reports }) => ({ reportId: reports.targetResolvedReportId, consent: "yes" }) },
  respondToResolution: {
    wrongRoles: NOT_REPORTERS,
    allowed: "target",
    input: ({ reports }) => ({ reportId: reports.targetResolvedReportId, version: "0", decision: "fixed" }),
  },
  createReportOnBehalf: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: (f) => ({ ...reportInput(f), reporterName: "Mme Rolland", reporterContact: "06 12 34 56 78" }),
  },
  // Staff triage: residents, partners, the administrator and every other role are refused.
  setReportStatus: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: ({ reports }) => ({ reportId: reports.openPublicReportId, version: "0", status: "ACKNOWLEDGED" }),
  },
  setReportPriority: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: ({ reports }) => ({ reportId: reports.openPublicReportId, version: "0", priority: "URGENT" }),
  },
  updateReportDetails: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: ({ reports }) => ({ reportId: reports.openPublicReportId, version: "0", categoryId: reports.otherCategoryId, place: reports.place }),
  },
  markReportDuplicate: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: ({ reports }) => ({ reportId: reports.openPublicReportId, version: "0", duplicateOfNumber: String(reports.targetResolvedReportNumber) }),
  },
  routeReport: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: ({ reports }) => ({ reportId: reports.openPublicReportId, version: "0", partnerId: reports.partnerId }),
  },
  addReportComment: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: ({ reports }) => ({ reportId: reports.openPublicReportId, version: "0", comment: "Nous passons demain.", visibility: "PUBLIC" }),
  },
  moderateReport: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: ({ reports }) => ({ reportId: reports.openPublicReportId, version: "0", publicDescription: "Local poubelles encombré.", moderationStatus: "APPROVED" }),
  },
  setPhotoPublic: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: ({ reports }) => ({ reportId: reports.openPublicReportId, version: "0", photoId: reports.photoId, approved: "true" }),
  },
  bulkTriage: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: ({ reports }) => ({ operation: "acknowledge", selected: [`${reports.openPublicReportId}:0`] }),
  },
  // The report catalog (behaviour tested in report-catalog/catalog.test.ts): categories for staff and the
  // portal administrator, response templates for staff only.
  createReportCategory: {
    wrongRoles: EVERY_ROLE_BUT_STAFF_OR_ADMIN,
    allowed: ["STAFF"],
    input: () => ({ name: "Boîtes aux lettres", guidance: "Boîte cassée, serrure forcée.", active: "on" }),
  },
  updateReportCategory: {
    wrongRoles: EVERY_ROLE_BUT_STAFF_OR_ADMIN,
    allowed: ["ADMIN"],
    input: ({ reports, catalog }) => ({ categoryId: reports.otherCategoryId, version: String(catalog.otherCategoryVersion), name: "Graffitis", guidance: "Tags.", active: "on" }),
  },
  setReportCategoryActive: {
    wrongRoles: EVERY_ROLE_BUT_STAFF_OR_ADMIN,
    allowed: ["STAFF"],
    input: ({ reports, catalog }) => ({ categoryId: reports.otherCategoryId, version: String(catalog.otherCategoryVersion), active: "false" }),
  },
  moveReportCategory: {
    wrongRoles: EVERY_ROLE_BUT_STAFF_OR_ADMIN,
    allowed: ["STAFF"],
    input: ({ reports, catalog }) => ({ categoryId: reports.otherCategoryId, direction: catalog.otherCategoryPosition > 0 ? "up" : "down", position: String(catalog.otherCategoryPosition) }),
  },
  deleteReportCategory: {
    wrongRoles: EVERY_ROLE_BUT_STAFF_OR_ADMIN,
    allowed: ["STAFF"],
    input: ({ reports, catalog }) => ({ categoryId: reports.otherCategoryId, version: String(catalog.otherCategoryVersion), confirm: "on" }),
  },
  createResponseTemplate: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: () => ({ status: "RESOLVED", title: "Intervention faite", body: "Bonjour, l'intervention a eu lieu ce matin.", active: "on" }),
  },
  updateResponseTemplate: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: ({ catalog }) => ({ templateId: catalog.templateId, version: "0", status: "ACKNOWLEDGED", title: "Bien reçu", body: "Bonjour, bien reçu, merci.", active: "on" }),
  },
  setResponseTemplateActive: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: ({ catalog }) => ({ templateId: catalog.templateId, version: "0", active: "false" }),
  },
  moveResponseTemplate: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: ({ catalog }) => ({ templateId: catalog.templateId, direction: "up", position: String(catalog.templatePosition) }),
  },
  deleteResponseTemplate: {
    wrongRoles: EVERY_ROLE_BUT_STAFF,
    allowed: ["STAFF"],
    input: ({ catalog }) => ({ templateId: catalog.templateId, version: "0", confirm: "on" }),
  },
  // Partners, on the reports routed to them or on their sites (the scope is tested in partner-reports.test.ts).
  commentReportAsPartner: {
    wrongRoles: EVERY_ROLE_BUT_PARTNER,
    allowed: "partner",
    input: ({ reports }) => ({ reportId: reports.partnerReportId, comment: "Nous passons jeudi." }),
  },
  setReportStatusAsPartner: {
    wrongRoles: EVERY_ROLE_BUT_PARTNER,
    allowed: "partner",
    input: ({ reports }) => ({ reportId: reports.partnerReportId, version: "0", action: "take-in-hand" }),
  },
};

// ---------------------------------------------------------------------------------------------
// Discovery

/**
 * The report forms' actions are not server actions (their photos come through the upload route,
 * app/api/signalements/route.ts) but are the same public entry points: they are checked here too.
 */
const UPLOAD_ACTION_FILES = ["lib/reports/report-submissions.ts"];

function actionFiles(): string[] {
  return [
    ...(readdirSync(path.join(ROOT, "app"), { recursive: true }) as string[])
      .filter((file) => path.basename(file) === "actions.ts")
      .map((file) => path.join("app", file))
      .sort(),
    ...UPLOAD_ACTION_FILES,
  ];
}

function sourceFiles(dir: string): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .filter((file) => /\.(ts|tsx)$/.test(file) && !file.split(path.sep).includes("generated"))
    .map((file) => path.join(dir, file));
}

type FoundAction = { file: string; exportName: string; action: ServerAction<unknown> };

const files = actionFiles();
const found: FoundAction[] = [];
const notActions: string[] = [];
for (const file of files) {
  const exported = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
  for (const [exportName, value] of Object.entries(exported)) {
    const candidate = value as Partial<ServerAction<unknown>> | undefined;
    if (typeof value === "function" && typeof candidate?.actionName === "string" && typeof candidate.access === "string") {
      found.push({ file, exportName, action: value as ServerAction<unknown> });
    } else {
      notActions.push(`${file}: ${exportName}`);
    }
  }
}
const guarded = found.filter((f) => f.action.access !== "public");
const publicOnes = found.filter((f) => f.action.access === "public");

describe("the inventory of server actions", () => {
  it("finds the action files", () => {
    expect(files).toEqual(expect.arrayContaining(["app/(auth)/actions.ts", "app/admin/actions.ts", "app/espace/actions.ts"]));
    expect(found.length).toBeGreaterThanOrEqual(PUBLIC_ACTIONS.length + Object.keys(GUARDED_ACTIONS).length);
  });

  it("has only defineAction-wrapped exports in actions.ts files", () => {
    expect(notActions).toEqual([]);
  });

  it("has no 'use server' module or inline server action outside app/**/actions.ts", () => {
    const offenders = [...sourceFiles("app"), ...sourceFiles("lib"), ...sourceFiles("components")].filter(
      (file) => path.basename(file) !== "actions.ts" && /["']use server["']/.test(readFileSync(path.join(ROOT, file), "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("gives each action a unique name", () => {
    const names = found.map((f) => f.action.actionName);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it("has a refusal case for every guarded action", () => {
    const missing = guarded.map((f) => f.action.actionName).filter((name) => !(name in GUARDED_ACTIONS));
    expect(missing, "guarded actions without an entry in GUARDED_ACTIONS").toEqual([]);
  });

  it("lists every public action explicitly", () => {
    const unlisted = publicOnes.map((f) => `${f.file}: ${f.action.actionName}`).filter((s) => !PUBLIC_ACTIONS.includes(s.split(": ")[1]));
    expect(unlisted, "public actions missing from PUBLIC_ACTIONS").toEqual([]);
  });

  it("has no stale entries in either list", () => {
    const byName = new Map(found.map((f) => [f.action.actionName, f.action.access]));
    expect(PUBLIC_ACTIONS.filter((name) => byName.get(name) !== "public")).toEqual([]);
    expect(Object.keys(GUARDED_ACTIONS).filter((name) => !byName.has(name) || byName.get(name) === "public")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Refusals

async function fixture(): Promise<Fixture> {
  const target = await createUser({ name: "Personne visée", roles: ["RESIDENT", "VOLUNTEER"], emailVerified: false });
  const grant = await db.roleGrant.findFirstOrThrow({ where: { userId: target.id, role: "VOLUNTEER" } });
  const { site, building } = await createTerritory();
  const category = await createCategory();
  const neighbour = await createUser({ name: "Voisin" });
  const base = { categoryId: category.id, siteId: site.id, buildingId: building.id };
  const open = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC" });
  const resolved = await createReportRow({ ...base, authorId: target.id, status: "RESOLVED", resolvedAt: new Date(Date.now() - 24 * 60 * 60 * 1000) });
  const otherCategory = await createCategory();
  const partner = await createPartner();
  const routed = await createReportRow({ ...base, authorId: neighbour.id, status: "ROUTED" });
  await db.report.update({ where: { id: routed.id }, data: { partnerId: partner.id } });
  const photo = await db.reportPhoto.create({
    data: { reportId: open.id, storageKey: `test/${open.id}.jpg`, mime: "image/jpeg", width: 10, height: 10, bytes: 100 },
    select: { id: true },
  });
  const notification = await db.notification.create({
    data: { userId: target.id, reportId: resolved.id, kind: "REPORT_STATUS", text: "Le signalement est résolu." },
    select: { id: true },
  });
  const categoryOrder = await db.reportCategory.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { id: "asc" }], select: { id: true, version: true } });
  await db.responseTemplate.create({ data: { status: "ACKNOWLEDGED", title: "Pris en compte", body: "Bonjour, c'est pris en compte.", sortOrder: 0 } });
  const template = await db.responseTemplate.create({ data: { status: "ACKNOWLEDGED", title: "Passage prévu", body: "Bonjour, un agent passe demain.", sortOrder: 10 }, select: { id: true } });
  const otherDevice = await createSession(target.id, "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36");
  return {
    target,
    targetGrantId: grant.id,
    targetNotificationId: notification.id,
    targetSessionId: otherDevice.id,
    reports: { categoryId: category.id, place: `building:${building.id}`, openPublicReportId: open.id,
      targetResolvedReportId: resolved.id,
      targetResolvedReportNumber: resolved.number,
      otherCategoryId: otherCategory.id,
      partnerId: partner.id,
      partnerReportId: routed.id,
      photoId: photo.id,
    },
    catalog: {
      otherCategoryVersion: categoryOrder.find((c) => c.id === otherCategory.id)?.version ?? 0,
      otherCategoryPosition: categoryOrder.findIndex((c) => c.id === otherCategory.id),
      templateId: template.id,
      templatePosition: 1,
    },
  };
}

/** The call is accepted: a success or a redirect, not a refusal. */
async function expectAccepted(promise: Promise<unknown>) {
  try {
    const result = (await promise) as { ok: boolean };
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  } catch (error) {
    if (!isRedirectError(error)) throw error;
  }
}

async function allowedCaller(spec: GuardedCase, f: Fixture): Promise<TestUser> {
  if (spec.allowed === "target") return f.target;
  if (spec.allowed === "partner") return createUser({ roles: ["PARTNER"], partnerId: f.reports.partnerId });
  return createUser({ roles: spec.allowed });
}

beforeEach(resetDatabase);

// Actions missing from GUARDED_ACTIONS fail "has a refusal case for every guarded action" above.
const covered = guarded.filter((f) => f.action.actionName in GUARDED_ACTIONS);

describe.each(covered.map((f) => [f.action.actionName, f] as const))("%s", (name, { action }) => {
  const spec = GUARDED_ACTIONS[name];

  it("refuses an anonymous caller and changes nothing", async () => {
    const f = await fixture();
    const input = await spec.input(f);
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(action, input));

    expect(result.formError).toBe(UNAUTHENTICATED);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a disabled account whose session cookie is still valid", async () => {
    const f = await fixture();
    const caller = await allowedCaller(spec, f);
    await signInAs(caller);
    await db.user.update({ where: { id: caller.id }, data: { status: "DISABLED" } });
    const input = await spec.input(f);
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(action, input));

    expect(result.formError).toBe(UNAUTHENTICATED);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("refuses a session ended by signing out everywhere", async () => {
    const f = await fixture();
    const caller = await allowedCaller(spec, f);
    await signInAs(caller);
    await signOutEverywhere({ actor: actorOf(caller) }, {});
    const input = await spec.input(f);
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(action, input));

    expect(result.formError).toBe(UNAUTHENTICATED);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it.each(spec.wrongRoles.map((roles) => [roles.join("+"), roles] as const))(
    "refuses a signed-in %s and changes nothing",
    async (_, roles) => {
      const f = await fixture();
      await signInAs(await createUser({ roles }));
      const input = await spec.input(f);
      const before = await databaseSnapshot();

      const result = await expectRefused(callAction(action, input));

      expect(result.formError).toBe(FORBIDDEN);
      expect(await databaseSnapshot()).toEqual(before);
    },
  );

  it("accepts the same call from an allowed caller (so the refusals above are about the caller)", async () => {
    const f = await fixture();
    await signInAs(await allowedCaller(spec, f));
    const input = await spec.input(f);
    const before = await databaseSnapshot();

    await expectAccepted(callAction(action, input));

    expect(await databaseSnapshot()).not.toEqual(before);
  });
});
