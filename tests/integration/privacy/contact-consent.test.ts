import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setContactConsentAction } from "@/app/espace/signalements/actions";
import { getPartnerReport } from "@/lib/reports/queries/partner";
import { callAction, expectRefused, expectSuccess } from "../../helpers/actions";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { actorOf, auditRows, createPartner, createTerritory, createUser, type TestUser } from "../../helpers/factories";
import { createCategory, createReportRow } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

let amina: TestUser;
let partnerId: string;
let reportId: string;

beforeEach(async () => {
  await resetDatabase();
  amina = await createUser({ name: "Amina Benali", email: "amina@exemple.test", phone: "06 12 34 56 78" });
  partnerId = (await createPartner()).id;
  const { site, building } = await createTerritory();
  const report = await createReportRow({ authorId: amina.id, categoryId: (await createCategory()).id, siteId: site.id, buildingId: building.id, status: "ROUTED" });
  await db.report.update({ where: { id: report.id }, data: { partnerId, contactConsent: true, contactSharedWithPartnerId: partnerId } });
  reportId = report.id;
  await signInAs(amina);
});

describe("setContactConsentAction", () => {
  it("withdrawing takes the contact back from the partner at once, with a timeline entry and an audit row", async () => {
    expect((await getPartnerReport(actorOf({ id: "partenaire", partnerId }), reportId))?.contact).toMatchObject({ name: "Amina Benali", email: "amina@exemple.test" });

    await expectSuccess(callAction(setContactConsentAction, { reportId, consent: "no" }));

    expect(await db.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ contactConsent: false, contactSharedWithPartnerId: null, version: 1 });
    expect((await getPartnerReport(actorOf({ id: "partenaire", partnerId }), reportId))?.contact).toBeNull();
    const event = await db.reportEvent.findFirstOrThrow({ where: { reportId, kind: "COMMENT" } });
    expect(event).toMatchObject({ actorId: amina.id, visibility: "INTERNAL" });
    expect(await auditRows({ action: "report.contact-consent", entityId: reportId })).toMatchObject([
      { actorId: amina.id, before: { contactConsent: true, contactSharedWithPartnerId: partnerId }, after: { contactConsent: false, contactSharedWithPartnerId: null } },
    ]);
  });

  it("giving it again does not give the contact back by itself (staff decide when routing)", async () => {
    await expectSuccess(callAction(setContactConsentAction, { reportId, consent: "no" }));
    await expectSuccess(callAction(setContactConsentAction, { reportId, consent: "yes" }));

    expect(await db.report.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({ contactConsent: true, contactSharedWithPartnerId: null });
    expect((await getPartnerReport(actorOf({ id: "partenaire", partnerId }), reportId))?.contact).toBeNull();
  });

  it("refuses another person's report and changes nothing", async () => {
    await signInAs(await createUser({ name: "Voisin" }));
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(setContactConsentAction, { reportId, consent: "no" }));

    expect(result.formError).toBe("Signalement introuvable.");
    expect(await databaseSnapshot()).toEqual(before);
  });
});
