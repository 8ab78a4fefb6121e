import { describe, expect, it } from "vitest";
import { answersSignedOut, GENERIC_REFUSAL, isSignOutRequest, newClientKey, refusalMessage, SESSION_ENDED, verdictFor } from "@/lib/work-orders/offline/outbox-rules";
import { routes } from "@/lib/routes";
import { clientKeySchema, completeWorkOrderSchema } from "@/lib/work-orders/employee-schemas";

describe("the phone's outbox", () => {
  it("forgets what the server took, keeps what it could not reach, shows what it refused", () => {
    expect(verdictFor(200)).toBe("sent");
    expect(verdictFor(null)).toBe("retry");
    for (const status of [401, 408, 429, 500, 502, 503]) expect(verdictFor(status), String(status)).toBe("retry");
    for (const status of [400, 403, 404, 409, 413, 422]) expect(verdictFor(status), String(status)).toBe("refused");
  });

  it("says why an item was refused, in the server's words", () => {
    expect(refusalMessage(422, { ok: false, formError: "Certains champs sont à corriger.", fieldErrors: { minutes: ["Le temps passé ne peut pas dépasser 24 heures (1440 minutes)."] } })).toBe(
      "Le temps passé ne peut pas dépasser 24 heures (1440 minutes).",
    );
    expect(refusalMessage(409, { ok: false, formError: "Déjà terminée." })).toBe("Déjà terminée.");
    expect(refusalMessage(401, null)).toBe(SESSION_ENDED);
    expect(refusalMessage(400, "<html>")).toBe(GENERIC_REFUSAL);
  });

  it("makes keys the server accepts, with or without crypto.randomUUID", () => {
    const keys = new Set([newClientKey(), newClientKey({ getRandomValues: (a) => crypto.getRandomValues(a) })]);
    expect(keys.size).toBe(2);
    for (const key of keys) expect(clientKeySchema.safeParse(key).success, key).toBe(true);
  });

  it("refuses a time that is not a whole number of minutes between 1 and 24 hours", () => {
    const base = { workOrderId: "job1", completionKey: newClientKey() };
    expect(completeWorkOrderSchema.safeParse({ ...base, minutes: "1440" }).success).toBe(true);
    for (const minutes of ["0", "-1", "1441", "2.5", "abc"]) expect(completeWorkOrderSchema.safeParse({ ...base, minutes }).success, minutes).toBe(false);
    expect(completeWorkOrderSchema.safeParse({ ...base, minutes: "30", employeeId: "x" }).success).toBe(false);
  });
});

describe("what makes the phone's service worker forget the kept pages", () => {
  it("a sign-out posted to its route, within the worker's scope; nothing else there", () => {
    expect(routes.employee.signOut.startsWith(`${routes.employee.scope}/`)).toBe(true);
    expect(isSignOutRequest("POST", routes.employee.signOut)).toBe(true);
    expect(isSignOutRequest("GET", routes.employee.signOut)).toBe(false);
    expect(isSignOutRequest("POST", routes.employee.home)).toBe(false);
    expect(isSignOutRequest("POST", routes.employee.job("abc"))).toBe(false);
  });

  it("a kept page answered by a redirect (the sign-in) or a 401, not by the page or an error", () => {
    expect(answersSignedOut({ type: "opaqueredirect", status: 0 })).toBe(true);
    expect(answersSignedOut({ type: "basic", status: 401 })).toBe(true);
    for (const status of [200, 404, 500, 503]) expect(answersSignedOut({ type: "basic", status }), String(status)).toBe(false);
  });
});
