import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmEmailAction, signInAction } from "@/app/(auth)/actions";
import { changeEmailAction } from "@/app/espace/actions";
import { EMAIL_NOW_TAKEN } from "@/lib/people/email-verification";
import { callAction, expectRedirect, expectRefused, expectSuccess } from "../../helpers/actions";
import { runAfterResponse } from "../../helpers/after-response";
import { databaseSnapshot, resetDatabase } from "../../helpers/database";
import { auditRows, createUser, TEST_PASSWORD, type TestUser } from "../../helpers/factories";
import { allMails, lastMailTo, verificationLinkIn } from "../../helpers/mail";
import { signInAs, signOut } from "../../helpers/session";

let amina: TestUser;
beforeEach(async () => {
  await resetDatabase();
  amina = await createUser({ name: "Amina Benali", email: "amina@exemple.test" });
  await signInAs(amina);
});

const emailOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).email;

describe("changeEmailAction", () => {
  it("asks the password, and changes nothing when it is wrong", async () => {
    const before = await databaseSnapshot();

    const result = await expectRefused(callAction(changeEmailAction, { newEmail: "nouvelle@exemple.test", password: "pas-le-bon-mot-de-passe" }));
    await runAfterResponse();

    expect(result.fieldErrors).toEqual({ password: ["Mot de passe incorrect."] });
    expect(await databaseSnapshot()).toEqual(before);
    expect(allMails()).toHaveLength(0);
  });

  it("mails a link to the new address, which becomes the account's only once opened; the old address is told", async () => {
    await expectSuccess(callAction(changeEmailAction, { newEmail: "Nouvelle@Exemple.test", password: TEST_PASSWORD }));
    await runAfterResponse();

    expect(await emailOf(amina.id)).toBe("amina@exemple.test");
    const mail = lastMailTo("nouvelle@exemple.test")!;
    expect(mail.subject).toBe("Confirmez votre nouvelle adresse e-mail");
    const { token } = verificationLinkIn(mail);
    signOut();

    await expectRedirect(callAction(confirmEmailAction, { token }), "/inscription/verifier?confirmee=1");
    await runAfterResponse();

    expect(await emailOf(amina.id)).toBe("nouvelle@exemple.test");
    expect(lastMailTo("amina@exemple.test")?.subject).toBe("L'adresse e-mail de votre compte a changé");
    expect(await auditRows({ action: "user.email-change", entityId: amina.id })).toHaveLength(1);
    await expectRedirect(callAction(signInAction, { email: "nouvelle@exemple.test", password: TEST_PASSWORD }), "/espace");
  });

  it("does not let a link take an address that another account has since", async () => {
    await expectSuccess(callAction(changeEmailAction, { newEmail: "prise@exemple.test", password: TEST_PASSWORD }));
    await runAfterResponse();
    const { token } = verificationLinkIn(lastMailTo("prise@exemple.test")!);
    await createUser({ email: "prise@exemple.test" });

    const result = await expectRefused(callAction(confirmEmailAction, { token }));

    expect(result.formError).toBe(EMAIL_NOW_TAKEN);
    expect(await emailOf(amina.id)).toBe("amina@exemple.test");
  });
});
