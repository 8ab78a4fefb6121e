"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  addDecision,
  approveMinutes,
  createMeeting,
  moveMeeting,
  publishMinutes,
  saveAttendance,
  saveMinutes,
  updateMeeting,
} from "@/lib/governance/meetings/commands";
import { deleteMeetingDocument, uploadMeetingDocument } from "@/lib/governance/meetings/documents";
import type { MeetingMove } from "@/lib/governance/meetings/moves";
import {
  addDecisionSchema,
  approveMinutesSchema,
  createMeetingSchema,
  deleteMeetingDocumentSchema,
  moveMeetingSchema,
  publishMinutesSchema,
  saveAttendanceSchema,
  saveMinutesSchema,
  updateMeetingSchema,
  uploadMeetingDocumentSchema,
} from "@/lib/governance/meetings/schemas";
import { routes, type MeetingNotice } from "@/lib/routes";

// The policy lets board members through; the commands then ask authorizeSecretariat (staff, the
// administrator, the board's secretary). Every command names the public page's cache tag.
const permission = "governance:manage-meetings";
const toMeeting = (notice: MeetingNotice) => (result: { meetingId: string }) => routes.governance.meeting(result.meetingId, notice);
const MOVE_NOTICES: Record<MeetingMove, MeetingNotice> = { convene: "convoquee", hold: "tenue", cancel: "annulee" };

export const createMeetingAction = defineAction({
  name: "createMeeting",
  permission,
  schema: createMeetingSchema,
  handler: ({ input, actor }) => createMeeting({ actor }, input),
  redirectTo: toMeeting("creee"),
});

export const updateMeetingAction = defineAction({
  name: "updateMeeting",
  permission,
  schema: updateMeetingSchema,
  handler: ({ input, actor }) => updateMeeting({ actor }, input),
  redirectTo: toMeeting("modifiee"),
});

export const moveMeetingAction = defineAction({
  name: "moveMeeting",
  permission,
  schema: moveMeetingSchema,
  handler: ({ input, actor }) => moveMeeting({ actor }, input),
  redirectTo: (result) => routes.governance.meeting(result.meetingId, MOVE_NOTICES[result.move as MeetingMove]),
});

export const saveAttendanceAction = defineAction({
  name: "saveMeetingAttendance",
  permission,
  schema: saveAttendanceSchema,
  handler: ({ input, actor }) => saveAttendance({ actor }, input),
  redirectTo: toMeeting("presences"),
});

export const addDecisionAction = defineAction({
  name: "addMeetingDecision",
  permission,
  schema: addDecisionSchema,
  handler: ({ input, actor }) => addDecision({ actor }, input),
  redirectTo: toMeeting("decision"),
});

export const saveMinutesAction = defineAction({
  name: "saveMeetingMinutes",
  permission,
  schema: saveMinutesSchema,
  handler: ({ input, actor }) => saveMinutes({ actor }, input),
  redirectTo: toMeeting("compte-rendu"),
});

export const approveMinutesAction = defineAction({
  name: "approveMeetingMinutes",
  permission,
  schema: approveMinutesSchema,
  handler: ({ input, actor }) => approveMinutes({ actor }, input),
  redirectTo: toMeeting("compte-rendu-approuve"),
});

export const publishMinutesAction = defineAction({
  name: "publishMeetingMinutes",
  permission,
  schema: publishMinutesSchema,
  handler: ({ input, actor }) => publishMinutes({ actor }, input),
  redirectTo: toMeeting("compte-rendu-publie"),
});

/** Run by the upload route (app/gouvernance/reunions/[id]/documents/route.ts), which streams the PDF to disk first. */
export const uploadMeetingDocumentAction = defineAction({
  name: "uploadMeetingDocument",
  permission,
  schema: uploadMeetingDocumentSchema,
  handler: ({ input, actor }) => uploadMeetingDocument({ actor }, input),
  redirectTo: toMeeting("document-ajoute"),
});

export const deleteMeetingDocumentAction = defineAction({
  name: "deleteMeetingDocument",
  permission,
  schema: deleteMeetingDocumentSchema,
  handler: ({ input, actor }) => deleteMeetingDocument({ actor }, input),
  redirectTo: toMeeting("document-supprime"),
});
