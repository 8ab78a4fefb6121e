/**
 * The public report pages (list, figures, map, a report's page) are cached and change only when an
 * action revalidates the "public-reports" tag (lib/reports/cache-tags.ts). Each case below runs a
 * real action as its real caller, then checks that the tag was revalidated when what visitors see
 * changed, and was not when nothing public changed (an internal note, a priority, a private
 * report): an action that stops naming that tag leaves visitors with stale pages
 * for up to five minutes, and fails here.
 *
 * Every server action must be classified: either it has cases here, or it is listed in
 * NO_REPORT_DATA (it touches nothing a public report page shows). A new action fails the
 * inventory test until someone decides which.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { db } from "@/lib/db";
import { PUBLIC_REPORTS_TAG } from "@/lib/reports/cache-tags";
import { supportReportAction } from "@/app/signalements/actions";
import { createReportAction, createReportOnBehalfAction } from "@/lib/reports/report-submissions";
import { respondToResolutionAction } from "@/app/espace/signalements/actions";
import { deleteAccountAction } from "@/app/espace/actions";
import { commentReportAsPartnerAction, setReportStatusAsPartnerAction } from "@/app/partenaire/signalements/actions";
import {
  addReportCommentAction,
  bulkTriageAction,
  markReportDuplicateAction,
  moderateReportAction,
  routeReportAction,
  setPhotoPublicAction,
  setReportPriorityAction,
  setReportStatusAction,
  updateReportDetailsAction,
} from "@/app/gestion/signalements/actions";
import {
  createReportCategoryAction,
  deleteReportCategoryAction,
  moveReportCategoryAction,
  setReportCategoryActiveAction,
  updateReportCategoryAction,
} from "@/app/gestion/categories/actions";
import { updateAreaAction, updateBuildingAction, updateSiteAction } from "@/app/gestion/territoire/actions";
import { createWorkOrderAction, moveWorkOrderAction } from "@/app/gestion/interventions/actions";
import { validateJobAsPartnerAction } from "@/app/partenaire/interventions/actions";
import { callAction, toFormData, type Fields } from "../../helpers/actions";
import { resetDatabase } from "../../helpers/database";
import { createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { revalidateTag } from "../../helpers/next-cache";
import { createCategory, createReportRow, newIdempotencyKey } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Actions whose data no public report page shows: accounts, sign-in, roles, one's notifications. */
const NO_REPORT_DATA = [
  "signIn",
  "signUp",
  "signOut",
  "requestPasswordReset",
  "resetPassword",
  "updateProfile",
  "updateNotificationSettings",
  "openNotification",
  "markAllNotificationsRead",
  "changePassword",
  "signOutEverywhere",
  // Mes appareils: one's own sessions.
  "endDevice",
  "endOtherDevices",
  "changeEmail",
  "confirmEmail",
  "resendVerification",
  // The contact given to a partner is never shown publicly.
  "setContactConsent",
  "grantRole",
  "revokeRole",
  "setAccountStatus",
  // Response templates are staff tools, never shown publicly.
  "createResponseTemplate",
  "updateResponseTemplate",
  "setResponseTemplateActive",
  "moveResponseTemplate",
  "deleteResponseTemplate",
  // The Régie's work (issue 11). Partners, their contacts and sub-types, invitations, contracts,
  // teams, employees and absences appear on no public report page.
  "acceptPartnerInvitationNewAccount",
  "acceptPartnerInvitation",
  "createPartner",
  "updatePartner",
  "setPartnerArchived",
  "createPartnerContact",
  "updatePartnerContact",
  "setPartnerContactArchived",
  "invitePartnerContact",
  "revokePartnerInvitation",
  "createPartnerSubtype",
  "renamePartnerSubtype",
  "setPartnerSubtypeActive",
  "createContract",
  "updateContract",
  "moveContract",
  "createContractLine",
  "updateContractLine",
  "archiveContractLine",
  "uploadContractDocument",
  "deleteContractDocument",
  "createTeam",
  "updateTeam",
  "setTeamArchived",
  "createEmployee",
  "updateEmployee",
  "setEmployeeArchived",
  "linkEmployeeAccount",
  "unlinkEmployeeAccount",
  "addAbsence",
  "deleteAbsence",
  // A new place has no report yet; archiving or deleting one a public report points at is refused
  // or keeps its name on the report.
  "createArea",
  "createSite",
  "createBuilding",
  "createEntrance",
  "updateEntrance",
  "setPlaceArchived",
  "deletePlace",
  // Jobs not made from a report, and an employee's moves: the report moves only when its job is
  // made or validated (cases below). "Problème constaté" makes a private report.
  "generateWorkOrders",
  "assignWorkOrder",
  "rescheduleWorkOrder",
  "cancelWorkOrder",
  "startWorkOrder",
  "completeWorkOrder",
  "reportProblem",
  "sendBackJobAsPartner",
  "orderJobAsPartner",
  // Membership and volunteering: no public page shows them.
  "joinMembership",
  "cancelMyMembership",
  "recordPaperMembership",
  "recordMembershipPayment",
  "cancelMembership",
  "updateMember",
  "setMembershipFee",
  "copyMembershipFees",
  "saveVolunteerProfile",
  "signUpForMission",
  "withdrawFromMission",
  "enterOwnHours",
  "correctOwnHours",
  "deleteOwnHours",
  "createVolunteerActivity",
  "updateVolunteerActivity",
  "archiveVolunteerActivity",
  "createVolunteerMission",
  "updateVolunteerMission",
  "cancelVolunteerMission",
  "enterVolunteerHours",
  "validateVolunteerHours",
  "refuseVolunteerHours",
  // Governance (bodies, statutes, mandates, meetings): the association's public page has its own
  // tag (GOVERNANCE_PUBLIC_TAG, tested in tests/integration/governance/ and meetings/), never a report's.
  "createGovernanceBody",
  "updateGovernanceBody",
  "archiveGovernanceBody",
  "createMandate",
  "updateMandate",
  "endMandate",
  "createStatutesVersion",
  "createMeeting",
  "updateMeeting",
  "moveMeeting",
  "saveMeetingAttendance",
  "addMeetingDecision",
  "uploadMeetingDocument",
  "deleteMeetingDocument",
  "saveMeetingMinutes",
  "approveMeetingMinutes",
  "publishMeetingMinutes",
];

type Fixture = {
  resident: TestUser;
  neighbour: TestUser;
  staff: TestUser;
  partnerUser: TestUser;
  partnerId: string;
  categoryId: string;
  otherCategoryId: string;
  place: string;
  /** A neighbour's open public report, with one photo not yet approved. */
  publicReport: { id: string; number: number };
  photoId: string;
  /** A neighbour's open private report. */
  privateReport: { id: string; number: number };
  /** Another open public report (the original of a duplicate). */
  originalReport: { id: string; number: number };
  /** The resident's own public report, resolved yesterday. */
  resolvedReport: { id: string; number: number };
  /** A public report routed to the partner. */
  routedReport: { id: string; number: number };
  /** The place of the reports above. */
  areaId: string;
  siteId: string;
  buildingId: string;
  /** A job made from the public report, written by a case's `before`. */
  job?: { id: string };
};

async function fixture(): Promise<Fixture> {
  const partner = await createPartner();
  const { site, building, area } = await createTerritory({ ownerPartnerId: partner.id });
  const categoryId = (await createCategory()).id;
  const otherCategoryId = (await createCategory()).id;
  const resident = await createUser({ name: "Amina Benali" });
  const neighbour = await createUser({ name: "Yves Petit" });
  const staff = await createUser({ name: "Claire Agent", roles: ["STAFF"] });
  const partnerUser = await createUser({ roles: ["PARTNER"], partnerId: partner.id });
  const base = { categoryId, siteId: site.id, buildingId: building.id, areaId: area.id };
  const publicReport = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC" });
  const privateReport = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PRIVATE" });
  const originalReport = await createReportRow({ ...base, authorId: neighbour.id, visibility: "PUBLIC", status: "ACKNOWLEDGED" });
  const resolvedReport = await createReportRow({ ...base, authorId: resident.id, status: "RESOLVED", resolvedAt: new Date(Date.now() - 24 * 60 * 60 * 1000) });
  const routedReport = await createReportRow({ ...base, authorId: neighbour.id, status: "ROUTED" });
  await db.report.update({ where: { id: routedReport.id }, data: { partnerId: partner.id } });
  const photo = await db.reportPhoto.create({
    data: { reportId: publicReport.id, storageKey: `test/${publicReport.id}.jpg`, mime: "image/jpeg", width: 10, height: 10, bytes: 100 },
    select: { id: true },
  });
  return {
    resident,
    neighbour,
    staff,
    partnerUser,
    partnerId: partner.id,
    categoryId,
    otherCategoryId,
    place: `building:${building.id}`,
    publicReport,
    photoId: photo.id,
    privateReport,
    originalReport,
    resolvedReport,
    routedReport,
    areaId: area.id,
    siteId: site.id,
    buildingId: building.id,
  };
}

/** A done job made from the neighbour's public report, for `partnerId` or for nobody. */
async function doneJobFromPublicReport(f: Fixture, partnerId: string | null) {
  f.job = await db.workOrder.create({
    data: { origin: "REPORT", reportId: f.publicReport.id, siteId: f.siteId, partnerId, task: "Nettoyage du local poubelles", scheduledDate: new Date(), status: "DONE", doneAt: new Date() },
    select: { id: true },
  });
}

/** Any server action, whatever its result type. */
type AnyAction = ((prev: undefined, formData: FormData) => Promise<unknown>) & { actionName: string };

type Case = {
  /** What the case does, for the test's title. */
  what: string;
  action: AnyAction;
  as: (f: Fixture) => TestUser;
  fields: (f: Fixture) => Fields;
  /** Whether public pages show something different afterwards. */
  publicChange: boolean;
  /** Earlier steps (their revalidations are forgotten before the call under test). */
  before?: (f: Fixture) => Promise<void>;
};

const newReport = (f: Fixture, visibility: "PUBLIC" | "PRIVATE"): Fields => ({
  categoryId: f.categoryId,
  place: f.place,
  description: "Le local poubelles déborde depuis trois jours.",
  visibility,
  idempotencyKey: newIdempotencyKey(),
});
const target = (report: { id: string }) => ({ reportId: report.id, version: "0" });
const resident = (f: Fixture) => f.resident;
const staff = (f: Fixture) => f.staff;

const CASES: Case[] = [
  // The Régie's work (issue 11): the names public pages show, and the loop closing on a public report.
  { what: "renaming an area", action: updateAreaAction, as: staff, fields: (f) => ({ areaId: f.areaId, version: "0", name: "Secteur renommé", description: "" }), publicChange: true },
  {
    what: "renaming a site",
    action: updateSiteAction,
    as: staff,
    fields: (f) => ({ siteId: f.siteId, version: "0", name: "Résidence renommée", kind: "RESIDENCE", address: "1 rue des Tests", ownerPartnerId: f.partnerId, accessNotes: "", latitude: "", longitude: "" }),
    publicChange: true,
  },
  {
    what: "renaming a building",
    action: updateBuildingAction,
    as: staff,
    fields: (f) => ({ buildingId: f.buildingId, version: "0", name: "Bâtiment renommé", address: "2 rue des Tests", accessNotes: "", latitude: "", longitude: "" }),
    publicChange: true,
  },
  {
    what: "a job made from a public report (the report becomes « intervention prévue »)",
    action: createWorkOrderAction,
    as: staff,
    fields: (f) => ({ reportId: f.publicReport.id, siteId: f.siteId, task: "Nettoyage du local poubelles", date: "2026-12-15", durationMinutes: "60", idempotencyKey: newIdempotencyKey() }),
    publicChange: true,
  },
  {
    what: "a job outside any report",
    action: createWorkOrderAction,
    as: staff,
    fields: (f) => ({ siteId: f.siteId, task: "Débarras du local vélos", date: "2026-12-15", durationMinutes: "60", idempotencyKey: newIdempotencyKey() }),
    publicChange: false,
  },
  {
    what: "staff validate a job made from a public report (the report is resolved)",
    action: moveWorkOrderAction,
    as: staff,
    before: (f) => doneJobFromPublicReport(f, null),
    fields: (f) => ({ workOrderId: f.job!.id, version: "0", move: "validate" }),
    publicChange: true,
  },
  {
    what: "the partner validates a job made from a public report (the report is resolved)",
    action: validateJobAsPartnerAction,
    as: (f) => f.partnerUser,
    before: (f) => doneJobFromPublicReport(f, f.partnerId),
    fields: (f) => ({ workOrderId: f.job!.id, version: "0" }),
    publicChange: true,
  },
  // Deleting an account: the person's public reports lose their original text or disappear.
  {
    what: "deleting an account with a public report",
    action: deleteAccountAction,
    as: resident,
    fields: (f) => ({ confirmation: "SUPPRIMER", password: f.resident.password }),
    publicChange: true,
  },
  {
    what: "deleting an account without any report",
    action: deleteAccountAction,
    as: (f) => f.partnerUser,
    fields: (f) => ({ confirmation: "SUPPRIMER", password: f.partnerUser.password }),
    publicChange: false,
  },
  // Residents.
  { what: "a new public report", action: createReportAction, as: resident, fields: (f) => newReport(f, "PUBLIC"), publicChange: true },
  { what: "a new private report", action: createReportAction, as: resident, fields: (f) => newReport(f, "PRIVATE"), publicChange: false },
  { what: "« moi aussi » on a public report", action: supportReportAction, as: resident, fields: (f) => ({ reportId: f.publicReport.id }), publicChange: true },
  {
    what: "« moi aussi » said a second time (nothing changes)",
    action: supportReportAction,
    as: resident,
    fields: (f) => ({ reportId: f.publicReport.id }),
    before: async (f) => {
      await expectAccepted(callAction(supportReportAction, { reportId: f.publicReport.id }));
    },
    publicChange: false,
  },
  {
    what: "the author confirms the fix of a public report",
    action: respondToResolutionAction,
    as: resident,
    fields: (f) => ({ ...target(f.resolvedReport), decision: "fixed" }),
    publicChange: true,
  },
  {
    what: "the author reopens a public report",
    action: respondToResolutionAction,
    as: resident,
    fields: (f) => ({ ...target(f.resolvedReport), decision: "not-fixed", comment: "La lumière s'éteint encore le soir." }),
    publicChange: true,
  },
  // Staff.
  {
    what: "a public report entered at the counter",
    action: createReportOnBehalfAction,
    as: staff,
    fields: (f) => ({ ...newReport(f, "PUBLIC"), reporterName: "Mme Rolland" }),
    publicChange: true,
  },
  {
    what: "a private report entered at the counter",
    action: createReportOnBehalfAction,
    as: staff,
    fields: (f) => ({ ...newReport(f, "PRIVATE"), reporterName: "Mme Rolland" }),
    publicChange: false,
  },
  { what: "a public report acknowledged", action: setReportStatusAction, as: staff, fields: (f) => ({ ...target(f.publicReport), status: "ACKNOWLEDGED" }), publicChange: true },
  {
    what: "a public report rejected",
    action: setReportStatusAction,
    as: staff,
    fields: (f) => ({ ...target(f.publicReport), status: "REJECTED", comment: "Relève de la mairie." }),
    publicChange: true,
  },
  { what: "a private report acknowledged", action: setReportStatusAction, as: staff, fields: (f) => ({ ...target(f.privateReport), status: "ACKNOWLEDGED" }), publicChange: false },
  { what: "a public report routed to a partner", action: routeReportAction, as: staff, fields: (f) => ({ ...target(f.publicReport), partnerId: f.partnerId }), publicChange: true },
  { what: "a private report routed to a partner", action: routeReportAction, as: staff, fields: (f) => ({ ...target(f.privateReport), partnerId: f.partnerId }), publicChange: false },
  {
    what: "a public report marked as the duplicate of another",
    action: markReportDuplicateAction,
    as: staff,
    fields: (f) => ({ ...target(f.publicReport), duplicateOfNumber: String(f.originalReport.number) }),
    publicChange: true,
  },
  {
    what: "a private report marked as the duplicate of a public one (its author now supports it)",
    action: markReportDuplicateAction,
    as: staff,
    fields: (f) => ({ ...target(f.privateReport), duplicateOfNumber: String(f.originalReport.number) }),
    publicChange: true,
  },
  {
    what: "a public text approved",
    action: moderateReportAction,
    as: staff,
    fields: (f) => ({ ...target(f.publicReport), publicDescription: "Local poubelles encombré.", moderationStatus: "APPROVED" }),
    publicChange: true,
  },
  {
    what: "a public text refused",
    action: moderateReportAction,
    as: staff,
    fields: (f) => ({ ...target(f.publicReport), publicDescription: "", moderationStatus: "REJECTED" }),
    publicChange: true,
  },
  {
    what: "the text of a private report moderated",
    action: moderateReportAction,
    as: staff,
    fields: (f) => ({ ...target(f.privateReport), publicDescription: "Texte.", moderationStatus: "APPROVED" }),
    publicChange: false,
  },
  { what: "a photo approved for the public", action: setPhotoPublicAction, as: staff, fields: (f) => ({ ...target(f.publicReport), photoId: f.photoId, approved: "true" }), publicChange: true },
  {
    what: "a photo withdrawn from the public",
    action: setPhotoPublicAction,
    as: staff,
    fields: (f) => ({ ...target(f.publicReport), photoId: f.photoId, approved: "false" }),
    before: async (f) => {
      await db.reportPhoto.update({ where: { id: f.photoId }, data: { approvedForPublic: true } });
    },
    publicChange: true,
  },
  {
    what: "the category of a public report corrected",
    action: updateReportDetailsAction,
    as: staff,
    fields: (f) => ({ ...target(f.publicReport), categoryId: f.otherCategoryId, place: f.place }),
    publicChange: true,
  },
  {
    what: "the category of a private report corrected",
    action: updateReportDetailsAction,
    as: staff,
    fields: (f) => ({ ...target(f.privateReport), categoryId: f.otherCategoryId, place: f.place }),
    publicChange: false,
  },
  {
    what: "public and private reports acknowledged together",
    action: bulkTriageAction,
    as: staff,
    fields: (f) => ({ operation: "acknowledge", selected: [`${f.privateReport.id}:0`, `${f.publicReport.id}:0`] }),
    publicChange: true,
  },
  { what: "private reports acknowledged together", action: bulkTriageAction, as: staff, fields: (f) => ({ operation: "acknowledge", selected: [`${f.privateReport.id}:0`] }), publicChange: false },
  { what: "the priority of a public report", action: setReportPriorityAction, as: staff, fields: (f) => ({ ...target(f.publicReport), priority: "URGENT" }), publicChange: false },
  {
    what: "an internal note on a public report",
    action: addReportCommentAction,
    as: staff,
    fields: (f) => ({ ...target(f.publicReport), comment: "Relancer le bailleur.", visibility: "INTERNAL" }),
    publicChange: false,
  },
  {
    // Public pages show dates and states only: a comment can carry the residents' own words.
    what: "a message to the resident on a public report",
    action: addReportCommentAction,
    as: staff,
    fields: (f) => ({ ...target(f.publicReport), comment: "Nous passons jeudi.", visibility: "PUBLIC" }),
    publicChange: false,
  },
  // The category catalog. Public report pages show a report's category name; the public list's
  // category filter follows REPORT_CATEGORIES_TAG, which every category change revalidates
  // (tests/integration/report-catalog/catalog.test.ts).
  {
    what: "a category renamed",
    action: updateReportCategoryAction,
    as: staff,
    fields: (f) => ({ categoryId: f.categoryId, version: "0", name: "Propreté des halls", guidance: "Aide.", active: "on" }),
    publicChange: true,
  },
  {
    what: "a category's guidance and danger flag changed, its name kept",
    action: updateReportCategoryAction,
    as: staff,
    fields: (f) => ({ categoryId: f.categoryId, version: "0", name: "Propreté", guidance: "Nouvelle aide.", isDanger: "on", active: "on" }),
    before: async (f) => {
      await db.reportCategory.update({ where: { id: f.categoryId }, data: { name: "Propreté", slug: "proprete" } });
    },
    publicChange: false,
  },
  { what: "a new category", action: createReportCategoryAction, as: staff, fields: () => ({ name: "Boîtes aux lettres", guidance: "Aide.", active: "on" }), publicChange: false },
  {
    what: "a category moved up",
    action: moveReportCategoryAction,
    as: staff,
    fields: (f) => ({ categoryId: f.otherCategoryId, direction: "up", position: "1" }),
    before: async (f) => {
      await db.reportCategory.update({ where: { id: f.otherCategoryId }, data: { sortOrder: 10 } });
    },
    publicChange: false,
  },
  { what: "a category deactivated", action: setReportCategoryActiveAction, as: staff, fields: (f) => ({ categoryId: f.categoryId, version: "0", active: "false" }), publicChange: false },
  { what: "an unused category deleted", action: deleteReportCategoryAction, as: staff, fields: (f) => ({ categoryId: f.otherCategoryId, version: "0", confirm: "on" }), publicChange: false },
  // Partners.
  {
    what: "a partner takes a public report in hand",
    action: setReportStatusAsPartnerAction,
    as: (f) => f.partnerUser,
    fields: (f) => ({ ...target(f.routedReport), action: "take-in-hand" }),
    publicChange: true,
  },
  {
    what: "a partner's comment",
    action: commentReportAsPartnerAction,
    as: (f) => f.partnerUser,
    fields: (f) => ({ reportId: f.routedReport.id, comment: "Nous passons jeudi." }),
    publicChange: false,
  },
];

/** The call is accepted: a success or a redirect, not a refusal; a bulk move, on every report checked. */
async function expectAccepted(promise: Promise<unknown>) {
  try {
    const result = (await promise) as { ok: boolean; data?: { done?: unknown[]; conflicts?: unknown[]; refused?: unknown[] } };
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    if (result.data?.done) expect(result.data, JSON.stringify(result)).toMatchObject({ done: expect.arrayContaining([expect.any(Number)]), conflicts: [], refused: [] });
  } catch (error) {
    if (!isRedirectError(error)) throw error;
  }
}

const publicRevalidations = () => revalidateTag.mock.calls.filter(([tag]) => tag === PUBLIC_REPORTS_TAG);

beforeEach(resetDatabase);

describe.each(CASES.map((c) => [c.action.actionName, c.what, c] as const))("%s: %s", (_name, _what, c) => {
  it(c.publicChange ? "revalidates the public report pages" : "leaves the public report pages cached", async () => {
    const f = await fixture();
    await signInAs(c.as(f));
    await c.before?.(f);
    revalidateTag.mockClear();

    await expectAccepted(c.action(undefined, toFormData(c.fields(f))));

    if (c.publicChange) expect(publicRevalidations()).toContainEqual([PUBLIC_REPORTS_TAG, { expire: 0 }]);
    else expect(publicRevalidations()).toEqual([]);
  });
});

describe("the inventory", () => {
  it("classifies every server action: cases above, or no report data", async () => {
    const files = (readdirSync(path.join(ROOT, "app"), { recursive: true }) as string[]).filter((file) => path.basename(file) === "actions.ts");
    const names: string[] = [];
    for (const file of files) {
      const exported = (await import(/* @vite-ignore */ path.join(ROOT, "app", file))) as Record<string, { actionName?: unknown }>;
      for (const value of Object.values(exported)) if (typeof value?.actionName === "string") names.push(value.actionName);
    }
    const covered = new Set([...CASES.map((c) => c.action.actionName), ...NO_REPORT_DATA]);
    expect(names.length).toBeGreaterThan(NO_REPORT_DATA.length);
    expect(names.filter((name) => !covered.has(name)), "actions neither tested here nor listed in NO_REPORT_DATA").toEqual([]);
    expect(NO_REPORT_DATA.filter((name) => !names.includes(name)), "stale names in NO_REPORT_DATA").toEqual([]);
  });

  it("has, for every action that can change public pages, a case where it does", () => {
    const revalidating = new Set(CASES.filter((c) => c.publicChange).map((c) => c.action.actionName));
    const silent = new Set(CASES.filter((c) => !c.publicChange).map((c) => c.action.actionName));
    // Only these never change a public page, whatever the report (the category actions other than
    // a rename reach the public list's filter through REPORT_CATEGORIES_TAG, not this tag).
    expect([...silent].filter((name) => !revalidating.has(name)).sort()).toEqual([
      "addReportComment",
      "commentReportAsPartner",
      "createReportCategory",
      "deleteReportCategory",
      "moveReportCategory",
      "setReportCategoryActive",
      "setReportPriority",
    ]);
  });
});
