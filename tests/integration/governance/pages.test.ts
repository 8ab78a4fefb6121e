/**
 * The bodies' and statutes' pages rendered on the server (no browser): each renders with one h1
 * for the admin, and the mandate-keeping pages and links are refused to a plain board member.
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import BodiesPage from "@/app/gouvernance/instances/page";
import BodyPage from "@/app/gouvernance/instances/[id]/page";
import EditBodyPage from "@/app/gouvernance/instances/[id]/modifier/page";
import NewMandatePage from "@/app/gouvernance/instances/[id]/mandats/nouveau/page";
import MandatePage from "@/app/gouvernance/instances/[id]/mandats/[mandateId]/page";
import NewBodyPage from "@/app/gouvernance/instances/nouvelle/page";
import StatutesPage from "@/app/gouvernance/statuts/page";
import { routes } from "@/lib/routes";
import { resetDatabase } from "../../helpers/database";
import { createUser } from "../../helpers/factories";
import { signInAs } from "../../helpers/session";
import { createBodyRow, createMandateRow, createMember, createStatutesRow, THIS_YEAR } from "../../helpers/governance";

let body: { id: string };
let mandate: { id: string };

beforeEach(async () => {
  await resetDatabase();
  await createStatutesRow();
  body = await createBodyRow("BOARD", "Conseil d'administration");
  mandate = await createMandateRow({ bodyId: body.id, memberId: (await createMember({ name: "Lucie Martin" })).id, endsOn: `${THIS_YEAR + 1}-01-15` });
  await createMandateRow({ bodyId: body.id, memberId: (await createMember({ name: "Ancien Président" })).id, position: "PRESIDENT", startsOn: "2020-01-01", endsOn: "2024-01-01" });
});

// Pages are made when rendered, one at a time: a page started and never awaited would still be
// reading when the next test empties the database, and fail there unhandled.
const html = async (page: () => Promise<ReactElement> | ReactElement) => renderToStaticMarkup(await page());
const none = Promise.resolve({});
const pages = () => ({
  bodies: () => BodiesPage({ searchParams: none }),
  body: () => BodyPage({ params: Promise.resolve({ id: body.id }), searchParams: Promise.resolve({ fait: "mandat-cree" }) }),
  statutes: () => StatutesPage({ searchParams: none }),
  newMandate: () => NewMandatePage({ params: Promise.resolve({ id: body.id }) }),
  mandate: () => MandatePage({ params: Promise.resolve({ id: body.id, mandateId: mandate.id }) }),
  editBody: () => EditBodyPage({ params: Promise.resolve({ id: body.id }) }),
  newBody: () => NewBodyPage(),
});

describe("the bodies' and statutes' pages", () => {
  it("render for the admin, each with one h1, the current and past mandates, the forms", async () => {
    await signInAs(await createUser({ roles: ["ADMIN"] }));
    for (const [name, page] of Object.entries(pages())) {
      const markup = await html(page);
      expect((markup.match(/<h1/g) ?? []).length, name).toBe(1);
      expect(markup, name).not.toMatch(/Accès refusé/);
    }
    const bodyMarkup = await html(pages().body);
    expect(bodyMarkup).toContain("Lucie Martin");
    expect(bodyMarkup).toContain("Ancien Président");
    expect(bodyMarkup).toContain(routes.governance.newMandate(body.id).replace(/'/g, "&#x27;"));
    expect(await html(pages().statutes)).toContain("Nouvelle version");
  });

  it("show a plain board member the bodies and statutes, never the mandate forms or the admin's", async () => {
    await signInAs(await createUser({ roles: ["RESIDENT", "BOARD_MEMBER"] }));
    const p = pages();
    expect(await html(p.bodies)).toContain("Lucie Martin");
    const bodyMarkup = await html(p.body);
    expect(bodyMarkup).not.toContain("Ajouter un mandat");
    expect(await html(p.statutes)).not.toContain("Nouvelle version");
    for (const page of [p.newMandate, p.mandate, p.editBody, p.newBody]) expect(await html(page)).toMatch(/Accès refusé|refus/i);
  });
});
