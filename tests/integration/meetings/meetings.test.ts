/**
 * Governance meetings through their server actions against the database: what each writes (row,
 * version, audit, mails), what it refuses (callers, bad input, the quorum, proxies) without
 * changing anything, and who reads minutes.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { db } from "@/lib/db";
import type { ServerAction } from "@/lib/actions/define-action";
import {
  addDecisionAction,
  approveMinutesAction,
  createMeetingAction,
  moveMeetingAction,
  publishMinutesAction,
  saveAttendanceAction,
  saveMinutesAction,
  updateMeetingAction,
} from "@/app/gouvernance/reunions/actions";
import { GET as boardPdf } from "@/app/gouvernance/reunions/[id]/compte-rendu/pdf/route";
import { GET as publicPdf } from "@/app/(public)/association/comptes-rendus/[id]/pdf/route";
import { CANNOT_APPROVE, NOT_HELD_DECISION, NOT_PLANNED, NO_QUORUM, tooManyVotes } from "@/lib/governance/meetings/commands";
import { MEETING_CONFLICT } from "@/lib/governance/meetings/lifecycle";
import { PROXY_HOLDER_NOT_MEMBER, proxyLimitExceeded } from "@/lib/governance/meetings/proxies";
import { getMeeting } from "@/lib/governance/meetings/queries";
import { getPublicGovernance, getPublishedMinutes } from "@/lib/governance/meetings/public";
import { CANCEL_REASON_MISSING } from "@/lib/governance/meetings/schemas";
import { GOVERNANCE_PUBLIC_TAG } from "@/lib/governance/cache-tags";
import { routes } from "@/lib/routes";
import { callAction, expectRefused, type Fields } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { auditRows, createUser, type TestUser } from "../../helpers/factories";
import { clearInbox, mailsTo } from "../../helpers/mail";
import { createBoard, createBody, createMandate, createMeetingRow, createMember, createStatutes, recordAttendance } from "../../helpers/meetings";
import { revalidateTag } from "../../helpers/next-cache";
import { redirectPathOf } from "../../helpers/reports";
import { signInAs, signOut } from "../../helpers/session";

let staff: TestUser;

beforeEach(async () => {
  await resetDatabase();
  clearInbox();
  revalidateTag.mockClear();
  staff = await createUser({ name: "Claire Lefèvre", roles: ["STAFF"] });
  await createStatutes({ quorumBoardPercent: 50, proxiesPerPerson: 1 });
});

async function refusedWithoutChange<T>(fields: Fields, action: ServerAction<T>) {
  const before = await databaseSnapshot();
  const refusal = await expectRefused(callAction(action, fields));
  expect(await databaseSnapshot()).toEqual(before);
  return refusal;
}

const attendanceFields = (meetingId: string, version: number, rows: [string, string, string?][]): Fields => ({
  meetingId,
  version: String(version),
  memberId: rows.map((r) => r[0]),
  status: rows.map((r) => r[1]),
  proxyHolderId: rows.map((r) => r[2] ?? ""),
});

describe("creating and editing a meeting", () => {
  it("creates a planned meeting at the Paris time typed, with its audit row, once for a double submission", async () => {
    const { body } = await createBoard(2);
    await signInAs(staff);
    const fields = { bodyId: body.id, startsAt: "2026-12-10T18:30", endsAt: "2026-12-10T20:30", place: "Salle polyvalente", agenda: "Budget 2027\nQuestions diverses" };
    const path = await redirectPathOf(callAction(createMeetingAction, fields));
    const meeting = await db.meeting.findFirstOrThrow({ select: { id: true, startsAt: true, status: true } });
    expect(path).toBe(routes.governance.meeting(meeting.id, "creee"));
    expect(meeting.startsAt.toISOString()).toBe("2026-12-10T17:30:00.000Z");
    expect(meeting.status).toBe("PLANNED");
    expect(await auditRows({ action: "meeting.create", entityId: meeting.id })).toHaveLength(1);
    await redirectPathOf(callAction(createMeetingAction, fields));
    expect(await db.meeting.count()).toBe(1);
  });

  it("refuses bad input, a plain board member, a resident, and changes nothing", async () => {
    const { body } = await createBoard(2);
    await signInAs(staff);
    const bad = await refusedWithoutChange({ bodyId: body.id, startsAt: "2026-12-10T18:30", endsAt: "2026-12-10T17:00", place: "", agenda: "Budget" }, createMeetingAction);
    expect(bad.fieldErrors?.place).toEqual(["Indiquez le lieu."]);
    expect(bad.fieldErrors?.endsAt).toBeDefined();
    const fields = { bodyId: body.id, startsAt: "2026-12-10T18:30", place: "Salle", agenda: "Budget" };
    await signInAs(await createUser({ roles: ["BOARD_MEMBER"] }));
    expect((await refusedWithoutChange(fields, createMeetingAction)).formError).toBe("Accès refusé.");
    await signInAs(await createUser({ roles: ["RESIDENT"] }));
    expect((await refusedWithoutChange(fields, createMeetingAction)).formError).toBe("Accès refusé.");
  });

  it("lets the board's secretary keep meetings", async () => {
    const secretary = await createUser({ name: "Fatou Camara", roles: ["RESIDENT", "MEMBER", "BOARD_MEMBER"] });
    const { body } = await createBoard(2, { secretaryUserId: secretary.id });
    await signInAs(secretary);
    await redirectPathOf(callAction(createMeetingAction, { bodyId: body.id, startsAt: "2026-12-10T18:30", place: "Salle", agenda: "Budget" }));
    expect(await db.meeting.count()).toBe(1);
  });

  it("edits a planned meeting at its version only, and not once convened", async () => {
    const { body } = await createBoard(2);
    const meeting = await createMeetingRow({ bodyId: body.id });
    await signInAs(staff);
    const fields = { meetingId: meeting.id, version: "0", bodyId: body.id, startsAt: "2026-12-11T18:00", place: "Maison des associations", agenda: "Budget" };
    await redirectPathOf(callAction(updateMeetingAction, fields));
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).place).toBe("Maison des associations");
    expect((await refusedWithoutChange(fields, updateMeetingAction)).formError).toBe(MEETING_CONFLICT);
    const convened = await createMeetingRow({ bodyId: body.id, status: "CONVENED" });
    expect((await refusedWithoutChange({ ...fields, meetingId: convened.id }, updateMeetingAction)).formError).toBe(NOT_PLANNED);
  });
});

describe("convening and cancelling", () => {
  it("mails each member with an address the convocation and its calendar invitation, in UTC", async () => {
    const { body, members } = await createBoard(3);
    await db.member.update({ where: { id: members[2].id }, data: { email: null } });
    const meeting = await createMeetingRow({ bodyId: body.id, startsAt: new Date("2026-12-10T17:30:00Z") });
    await signInAs(staff);
    await redirectPathOf(callAction(moveMeetingAction, { meetingId: meeting.id, version: "0", move: "convene" }));
    const saved = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    expect(saved.status).toBe("CONVENED");
    expect(saved.convenedAt).not.toBeNull();
    const mail = mailsTo(members[0].email!)[0];
    expect(mail.subject).toMatch(/^Convocation : /);
    expect(mail.text).toMatch(/Budget 2027/);
    expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    // The calendar part may be base64: read it whichever way it is written.
    const ics = calendarOf(mail.raw);
    expect(ics).toMatch(/DTSTART:20261210T173000Z/);
    expect(ics).toMatch(new RegExp(`UID:reunion-${meeting.id}@quartier`));
    expect(mailsTo(members[1].email!)).toHaveLength(1);
    expect(await db.outboundMail.count()).toBe(2);
  });

  it("cancels with a reason told to those convened, and refuses without one", async () => {
    const { body, members } = await createBoard(2);
    const meeting = await createMeetingRow({ bodyId: body.id, status: "CONVENED" });
    await signInAs(staff);
    const refusal = await refusedWithoutChange({ meetingId: meeting.id, version: "0", move: "cancel", confirm: "on" }, moveMeetingAction);
    expect(refusal.fieldErrors?.reason).toEqual([CANCEL_REASON_MISSING]);
    await redirectPathOf(callAction(moveMeetingAction, { meetingId: meeting.id, version: "0", move: "cancel", reason: "Salle indisponible", confirm: "on" }));
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).cancelReason).toBe("Salle indisponible");
    expect(mailsTo(members[0].email!)[0].text).toMatch(/Motif : Salle indisponible/);
  });

  it("withdraws the convocation's event from calendars: METHOD:CANCEL, same UID, a later SEQUENCE", async () => {
    const { body, members } = await createBoard(2);
    const meeting = await createMeetingRow({ bodyId: body.id, startsAt: new Date("2026-12-10T17:30:00Z") });
    await signInAs(staff);
    await redirectPathOf(callAction(moveMeetingAction, { meetingId: meeting.id, version: "0", move: "convene" }));
    await redirectPathOf(callAction(moveMeetingAction, { meetingId: meeting.id, version: "1", move: "cancel", reason: "Salle indisponible", confirm: "on" }));
    const [convocation, cancellation] = mailsTo(members[0].email!);
    expect(cancellation.subject).toMatch(/^Annulation : /);
    expect(cancellation.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=CANCEL/i);
    const invited = calendarOf(convocation.raw);
    const cancelled = calendarOf(cancellation.raw);
    const field = (ics: string, name: string) => new RegExp(`^${name}:(.*?)\\r?$`, "m").exec(ics)?.[1];
    expect(field(cancelled, "METHOD")).toBe("CANCEL");
    expect(field(cancelled, "STATUS")).toBe("CANCELLED");
    expect(field(cancelled, "UID")).toBe(field(invited, "UID"));
    expect(field(cancelled, "DTSTART")).toBe("20261210T173000Z");
    expect(Number(field(cancelled, "SEQUENCE"))).toBeGreaterThan(Number(field(invited, "SEQUENCE")));
    expect(mailsTo(members[1].email!)).toHaveLength(2);
  });
});

function calendarOf(raw: string): string {
  const part = raw.split(/\r?\n--/).find((p) => /Content-Type: text\/calendar/i.test(p)) ?? "";
  const split = part.search(/\r?\n\r?\n/);
  const body = part.slice(split).trim();
  return /Content-Transfer-Encoding: base64/i.test(part) ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8") : body.replace(/=\r?\n/g, "");
}

describe("attendance, proxies and quorum", () => {
  it("saves the form as a whole and shows the quorum with the proxies", async () => {
    const { body, members } = await createBoard(6);
    const meeting = await createMeetingRow({ bodyId: body.id, status: "CONVENED" });
    const [a, b, c, d, e, f] = members.map((m) => m.id);
    await signInAs(staff);
    await redirectPathOf(callAction(saveAttendanceAction, attendanceFields(meeting.id, 0, [[a, "PRESENT"], [b, "PRESENT"], [c, "REPRESENTED", a], [d, "EXCUSED"], [e, "ABSENT"], [f, "ABSENT"]])));
    const detail = await getMeeting(meeting.id);
    expect(detail?.quorum).toEqual({ members: 6, required: 3, counted: 3, reached: true });
    expect(detail?.version).toBe(1);
    expect(await db.meetingAttendance.count({ where: { meetingId: meeting.id } })).toBe(6);
  });

  it("does not count proxies when the statutes say so", async () => {
    await db.statutesVersion.deleteMany();
    await createStatutes({ proxiesCountForQuorum: false });
    const { body, members } = await createBoard(6);
    const meeting = await createMeetingRow({ bodyId: body.id, status: "CONVENED" });
    await recordAttendance(meeting.id, members.map((m) => m.id), 2, 1);
    expect((await getMeeting(meeting.id))?.quorum).toMatchObject({ required: 3, counted: 2, reached: false });
  });

  it("refuses a proxy beyond the statutes' limit, or to someone of another body, and changes nothing", async () => {
    const { body, members } = await createBoard(4);
    const outsider = await createMember();
    const meeting = await createMeetingRow({ bodyId: body.id, status: "CONVENED" });
    const [a, b, c, d] = members.map((m) => m.id);
    await signInAs(staff);
    const over = await refusedWithoutChange(attendanceFields(meeting.id, 0, [[a, "PRESENT"], [b, "REPRESENTED", a], [c, "REPRESENTED", a], [d, "ABSENT"]]), saveAttendanceAction);
    expect(over.fieldErrors?.[`attendance.${a}`]).toEqual([proxyLimitExceeded(1)]);
    const outside = await refusedWithoutChange(attendanceFields(meeting.id, 0, [[a, "PRESENT"], [b, "REPRESENTED", outsider.id], [c, "ABSENT"], [d, "ABSENT"]]), saveAttendanceAction);
    expect(outside.fieldErrors?.[`attendance.${b}`]).toEqual([PROXY_HOLDER_NOT_MEMBER]);
  });

  it("counts a general assembly's members from the year's active memberships", async () => {
    const assembly = await createBody({ kind: "GENERAL_ASSEMBLY", name: "Assemblée générale" });
    for (let i = 0; i < 8; i++) await createMember({ year: 2026 });
    await createMember({ year: 2025 });
    const meeting = await createMeetingRow({ bodyId: assembly.id, status: "CONVENED" });
    expect((await getMeeting(meeting.id))?.quorum).toMatchObject({ members: 8, required: 2 });
  });
});

describe("decisions", () => {
  it("records a decision, adopted when more voices for than against, numbered", async () => {
    const { body, members } = await createBoard(4);
    const meeting = await createMeetingRow({ bodyId: body.id, status: "HELD" });
    await recordAttendance(meeting.id, members.map((m) => m.id), 2, 1);
    await signInAs(staff);
    await redirectPathOf(callAction(addDecisionAction, { meetingId: meeting.id, title: "Budget 2027", text: "Le budget est adopté.", votesFor: "2", votesAgainst: "1", votesAbstain: "0" }));
    await redirectPathOf(callAction(addDecisionAction, { meetingId: meeting.id, title: "Achat", text: "Un véhicule.", votesFor: "1", votesAgainst: "1", votesAbstain: "1" }));
    const decisions = await db.decision.findMany({ orderBy: { number: "asc" }, select: { number: true, outcome: true } });
    expect(decisions).toEqual([{ number: 1, outcome: "ADOPTED" }, { number: 2, outcome: "REJECTED" }]);
    expect(revalidateTag).toHaveBeenCalledWith(GOVERNANCE_PUBLIC_TAG, { expire: 0 });
  });

  it("refuses a decision without quorum, with more voices than present and represented, or before the meeting is held", async () => {
    const { body, members } = await createBoard(6);
    const meeting = await createMeetingRow({ bodyId: body.id, status: "HELD" });
    await recordAttendance(meeting.id, members.map((m) => m.id), 2);
    await signInAs(staff);
    const fields = { meetingId: meeting.id, title: "Budget", text: "Adopté.", votesFor: "2", votesAgainst: "0", votesAbstain: "0" };
    expect((await refusedWithoutChange(fields, addDecisionAction)).formError).toMatch(new RegExp(`^${NO_QUORUM.replace(/[.()]/g, "\\$&")}`));
    await db.meetingAttendance.update({ where: { meetingId_memberId: { meetingId: meeting.id, memberId: members[2].id } }, data: { status: "PRESENT" } });
    expect((await refusedWithoutChange({ ...fields, votesFor: "3", votesAbstain: "1" }, addDecisionAction)).formError).toBe(tooManyVotes(4, 3));
    const convened = await createMeetingRow({ bodyId: body.id, status: "CONVENED" });
    expect((await refusedWithoutChange({ ...fields, meetingId: convened.id }, addDecisionAction)).formError).toBe(NOT_HELD_DECISION);
  });
});

describe("minutes", () => {
  it("are written, approved at the next held meeting of the body, then published and public", async () => {
    const { body } = await createBoard(2);
    const first = await createMeetingRow({ bodyId: body.id, status: "HELD", startsAt: new Date("2026-10-01T16:00:00Z") });
    const next = await createMeetingRow({ bodyId: body.id, status: "HELD", startsAt: new Date("2026-11-05T17:00:00Z") });
    await signInAs(staff);
    await redirectPathOf(callAction(saveMinutesAction, { meetingId: first.id, version: "0", minutes: "Le conseil a débattu du budget." }));
    // Approving at the meeting itself is refused: only at the next one.
    expect((await refusedWithoutChange({ meetingId: first.id, approvedMeetingId: first.id, version: "1" }, approveMinutesAction)).formError).toBe(CANNOT_APPROVE);
    expect((await getMeeting(next.id))?.toApprove?.id).toBe(first.id);
    await redirectPathOf(callAction(approveMinutesAction, { meetingId: next.id, approvedMeetingId: first.id, version: "1" }));
    expect(await db.meeting.findUniqueOrThrow({ where: { id: first.id }, select: { minutesStatus: true, minutesApprovedAtId: true } })).toEqual({ minutesStatus: "APPROVED", minutesApprovedAtId: next.id });
    expect(await getPublishedMinutes(first.id)).toBeNull();
    revalidateTag.mockClear();
    await redirectPathOf(callAction(publishMinutesAction, { meetingId: first.id, version: "2", confirm: "on" }));
    expect(revalidateTag).toHaveBeenCalledWith(GOVERNANCE_PUBLIC_TAG, { expire: 0 });
    expect((await getPublishedMinutes(first.id))?.minutes).toBe("Le conseil a débattu du budget.");
    expect((await getPublicGovernance()).minutes.map((m) => m.id)).toEqual([first.id]);
  });

  it("never gives unpublished minutes to a resident, a partner or a visitor; the board reads them as a PDF", async () => {
    const { body } = await createBoard(2);
    const meeting = await createMeetingRow({ bodyId: body.id, status: "HELD", minutes: "Texte confidentiel du conseil.", minutesStatus: "APPROVED" });
    const params = Promise.resolve({ id: meeting.id });
    for (const roles of [["RESIDENT"], ["PARTNER"]] as const) {
      await signInAs(await createUser({ roles: [...roles] }));
      expect((await boardPdf(new Request("http://localhost/"), { params: Promise.resolve({ id: meeting.id }) })).status).toBe(404);
    }
    signOut();
    expect((await boardPdf(new Request("http://localhost/"), { params })).status).toBe(404);
    expect((await publicPdf(new Request("http://localhost/"), { params: Promise.resolve({ id: meeting.id }) })).status).toBe(404);
    expect(await getPublishedMinutes(meeting.id)).toBeNull();
    expect((await getPublicGovernance()).minutes).toEqual([]);

    await signInAs(await createUser({ roles: ["BOARD_MEMBER"] }));
    const response = await boardPdf(new Request("http://localhost/"), { params: Promise.resolve({ id: meeting.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect((await pdfText(await response.arrayBuffer())).join(" ")).toMatch(/Texte confidentiel du conseil/);
  });

  it("gives published minutes as a PDF to anyone, with the decisions", async () => {
    const { body } = await createBoard(2);
    const meeting = await createMeetingRow({ bodyId: body.id, status: "HELD", minutes: "Compte rendu public.", minutesStatus: "PUBLISHED" });
    await db.decision.create({ data: { meetingId: meeting.id, number: 1, title: "Budget 2027", text: "Adopté.", votesFor: 5, votesAgainst: 1, votesAbstain: 0, outcome: "ADOPTED" } });
    signOut();
    const response = await publicPdf(new Request("http://localhost/"), { params: Promise.resolve({ id: meeting.id }) });
    expect(response.status).toBe(200);
    const text = (await pdfText(await response.arrayBuffer())).join(" ");
    expect(text).toMatch(/Compte rendu public\./);
    expect(text).toMatch(/Décision n° 1 : Budget 2027 — Adoptée/);
    expect(text).toMatch(/page 1 sur 1/);
  });
});

describe("the public page", () => {
  it("names a seat's holder only with their agreement, and shows the next general assembly", async () => {
    const board = await createBody({ name: "Conseil d'administration" });
    const named = await createMember({ name: "Lucie Martin" });
    const unnamed = await createMember({ name: "Nom privé" });
    await createMandate({ memberId: named.id, bodyId: board.id, position: "PRESIDENT", showNamePublicly: true });
    await createMandate({ memberId: unnamed.id, bodyId: board.id, position: "MEMBER" });
    const assembly = await createBody({ kind: "GENERAL_ASSEMBLY", name: "Assemblée générale" });
    const future = new Date(Date.now() + 90 * 24 * 3600 * 1000);
    await createMeetingRow({ bodyId: assembly.id, startsAt: future });
    const page = await getPublicGovernance();
    const seats = page.bodies.find((b) => b.id === board.id)?.seats ?? [];
    expect(seats.map((s) => [s.position, s.holder])).toEqual([["PRESIDENT", "Lucie Martin"], ["MEMBER", null]]);
    expect(JSON.stringify(page)).not.toMatch(/Nom privé|@exemple\.test/);
    expect(new Date(page.nextAssembly!.startsAt).getTime()).toBe(future.getTime());
  });
});

async function pdfText(bytes: ArrayBuffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: `${process.cwd()}/node_modules/pdfjs-dist/standard_fonts/` }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages;
}
