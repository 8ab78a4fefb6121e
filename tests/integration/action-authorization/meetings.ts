import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { pdfFile } from "../../helpers/contracts";
import { createBoard, createMeetingRow, createStatutes } from "../../helpers/meetings";
import { EVERY_ROLE_BUT_STAFF_OR_ADMIN, type GuardedCase } from "./shared";

/**
 * The meetings actions' callers to refuse, and a valid input (see shared.ts); behaviour in
 * tests/integration/meetings/. A board member without the secretary's mandate is refused by the
 * command (authorizeSecretariat), after the policy let them through.
 */

const secretariat = (input: GuardedCase["input"]): GuardedCase => ({ wrongRoles: EVERY_ROLE_BUT_STAFF_OR_ADMIN, allowed: ["STAFF"], input });

async function board(status: "PLANNED" | "CONVENED" | "HELD" = "PLANNED") {
  await createStatutes();
  const { body, members } = await createBoard(3);
  const meeting = await createMeetingRow({ bodyId: body.id, status });
  return { body, members, meeting };
}

export const cases: Record<string, GuardedCase> = {
  createMeeting: secretariat(async () => ({ bodyId: (await board()).body.id, startsAt: "2026-12-10T18:30", place: "Salle polyvalente", agenda: "Budget 2027" })),
  updateMeeting: secretariat(async () => {
    const { body, meeting } = await board();
    return { meetingId: meeting.id, version: "0", bodyId: body.id, startsAt: "2026-12-11T18:30", place: "Maison des associations", agenda: "Budget 2027" };
  }),
  moveMeeting: secretariat(async () => ({ meetingId: (await board()).meeting.id, version: "0", move: "convene" })),
  saveMeetingAttendance: secretariat(async () => {
    const { members, meeting } = await board("CONVENED");
    return { meetingId: meeting.id, version: "0", memberId: members.map((m) => m.id), status: ["PRESENT", "PRESENT", "REPRESENTED"], proxyHolderId: ["", "", members[0].id] };
  }),
  addMeetingDecision: secretariat(async () => {
    const { members, meeting } = await board("HELD");
    await db.meetingAttendance.createMany({ data: members.map((m) => ({ meetingId: meeting.id, memberId: m.id, status: "PRESENT" as const })) });
    return { meetingId: meeting.id, title: "Budget 2027", text: "Le budget est adopté.", votesFor: "3", votesAgainst: "0", votesAbstain: "0" };
  }),
  saveMeetingMinutes: secretariat(async () => ({ meetingId: (await board("HELD")).meeting.id, version: "0", minutes: "Le conseil a débattu du budget." })),
  approveMeetingMinutes: secretariat(async () => {
    await createStatutes();
    const { body } = await createBoard(2);
    const first = await createMeetingRow({ bodyId: body.id, status: "HELD", startsAt: new Date("2026-10-01T16:00:00Z"), minutes: "Texte.", minutesStatus: "DRAFT" });
    const next = await createMeetingRow({ bodyId: body.id, status: "HELD", startsAt: new Date("2026-11-05T17:00:00Z") });
    return { meetingId: next.id, approvedMeetingId: first.id, version: "0" };
  }),
  publishMeetingMinutes: secretariat(async () => {
    const { body } = await createBoard(2);
    const meeting = await createMeetingRow({ bodyId: body.id, status: "HELD", minutes: "Texte.", minutesStatus: "APPROVED" });
    return { meetingId: meeting.id, version: "0", confirm: "on" };
  }),
  uploadMeetingDocument: secretariat(async () => ({ meetingId: (await board()).meeting.id, title: "Comptes 2026", file: pdfFile() })),
  deleteMeetingDocument: secretariat(async () => {
    const { meeting } = await board();
    const document = await db.meetingDocument.create({
      data: { meetingId: meeting.id, title: "Comptes 2026", storageKey: `${randomBytes(16).toString("hex")}.pdf`, bytes: 100 },
      select: { id: true },
    });
    return { documentId: document.id, confirm: "on" };
  }),
};
