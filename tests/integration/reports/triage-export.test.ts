import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/gestion/signalements/export/route";
import { resetDatabase } from "../../helpers/database";
import { createTerritory, createUser } from "../../helpers/factories";
import { createCategory, createReportRow } from "../../helpers/reports";
import { signInAs } from "../../helpers/session";

let base: { categoryId: string; siteId: string; buildingId: string };
let authorId: string;

beforeEach(async () => {
  await resetDatabase();
  const territory = await createTerritory();
  const category = await createCategory();
  base = { categoryId: category.id, siteId: territory.site.id, buildingId: territory.building.id };
  authorId = (await createUser()).id;
});

const get = (query = "") => GET(new Request(`http://localhost/gestion/signalements/export${query}`));

describe("GET /gestion/signalements/export", () => {
  it("refuses an anonymous caller, a resident and a partner", async () => {
    expect((await get()).status).toBe(401);
    await signInAs(await createUser({ roles: ["RESIDENT"] }));
    expect((await get()).status).toBe(403);
    await signInAs(await createUser({ roles: ["PARTNER"] }));
    expect((await get()).status).toBe(403);
    await signInAs(await createUser({ roles: ["ADMIN"] }));
    expect((await get()).status).toBe(403);
  });

  it("exports the filtered queue for staff, escaping formulas and quotes", async () => {
    const risky = await createReportRow({ ...base, authorId, description: '=HYPERLINK("http://pirate.test";"cliquez")' });
    await createReportRow({ ...base, authorId, status: "CLOSED", description: "Déjà réglé" });
    await signInAs(await createUser({ roles: ["STAFF"] }));

    const response = await get("?statut=NEW");

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Numéro;Reçu le;Statut/);
    expect(lines[1]).toMatch(new RegExp(`^${risky.number};`));
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://pirate.test"";""cliquez"")"`);
    expect(text).not.toContain("Déjà réglé");
  });

  it("exports more than one batch in order", async () => {
    for (let i = 0; i < 501; i++) await createReportRow({ ...base, authorId });
    await signInAs(await createUser({ roles: ["STAFF"] }));
    const lines = (await (await get()).text()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(502);
    const numbers = lines.slice(1).map((l) => Number(l.split(";")[0]));
    expect(new Set(numbers).size).toBe(501);
  });
});
