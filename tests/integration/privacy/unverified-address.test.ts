import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { routeReportAction, setReportStatusAction } from "@/app/gestion/signalements/actions";
import { UNVERIFIED_CONTACT } from "@/lib/reports/commands/staff";
import { callAction, expectRedirect, expectRefused } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { allMails, mailsTo } from "../../helpers/mail";
import { createCategory, createReportRow } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

let staff: TestUser;
let base: { categoryId: string; siteId: string; buildingId: string };

beforeEach(async () => {
  await resetDatabase();
  staff = await createUser({ roles: ["STAFF"] });
  const { site, building } = await createTerritory();
  base = { categoryId: (await createCategory()).id, siteId: site.id, buildingId: building.id };
  await signInAs(staff);
});

describe("an account whose address is not confirmed", () => {
  it("gets the portal notification of a change, but no email", async () => {
    const unverified = await createUser({ email: "pas-confirme@exemple.test", emailVerified: false });
    const report = await createReportRow({ ...base, authorId: unverified.id });

    await expectRedirect(
      callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "ACKNOWLEDGED", comment: "Nous passons jeudi." }),
      `/gestion/signalements/${report.id}?fait=statut`,
    );

    expect(await db.notification.count({ where: { userId: unverified.id } })).toBe(1);
    expect(await db.outboundMail.count()).toBe(0);
    expect(allMails()).toHaveLength(0);
  });

  it("still gets the email once confirmed (the control case)", async () => {
    const verified = await createUser({ email: "confirme@exemple.test" });
    const report = await createReportRow({ ...base, authorId: verified.id });

    await callAction(setReportStatusAction, { reportId: report.id, version: "0", status: "ACKNOWLEDGED", comment: "Nous passons jeudi." }).catch(() => undefined);

    expect(mailsTo("confirme@exemple.test")).toHaveLength(1);
  });

  it("is never given to a partner as a contact, even with the person's consent; routing without the contact still works", async () => {
    const unverified = await createUser({ emailVerified: false });
    const partner = await createPartner();
    const partnerUser = await createUser({ roles: ["PARTNER"], partnerId: partner.id, email: "bailleur@exemple.test" });
    const report = await createReportRow({ ...base, authorId: unverified.id });
    await db.report.update({ where: { id: report.id }, data: { contactConsent: true } });
    const before = await databaseSnapshot();

    const refused = await expectRefused(callAction(routeReportAction, { reportId: report.id, version: "0", partnerId: partner.id, shareContact: "on" }));

    expect(refused).toMatchObject({ formError: UNVERIFIED_CONTACT, fieldErrors: { shareContact: [UNVERIFIED_CONTACT] } });
    expect(await databaseSnapshot()).toEqual(before);
    await expectRedirect(callAction(routeReportAction, { reportId: report.id, version: "0", partnerId: partner.id }), `/gestion/signalements/${report.id}?fait=transmis`);
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ partnerId: partner.id, contactSharedWithPartnerId: null });
    // The partner's routing mail is not affected.
    expect(mailsTo(partnerUser.email)).toHaveLength(1);
  });
});
