import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus, ReportVisibility } from "@/lib/generated/prisma/enums";
import { reportScope, type ReportAudience } from "@/lib/authz/scopes";
import { resetDatabase } from "../../helpers/database";
import { createPartner, createTerritory, createUser } from "../../helpers/factories";
import { createCategory, createReportRow } from "../../helpers/reports";

/**
 * Each audience's condition exists once, as a Prisma `where` and as SQL (lib/authz/scopes.ts): on a
 * small fixture covering every column they read, both must select exactly the same reports, for
 * every kind of actor.
 */
const AUDIENCES: ReportAudience[] = ["staff", "author", "partner", "partner-site", "public"];

type Actor = { id: string; partnerIds: string[] } | null;

let actors: Record<string, Actor>;
let named: Record<string, string>;

beforeEach(async () => {
  await resetDatabase();
  const landlord = await createPartner();
  const city = await createPartner({ kind: "LOCAL_AUTHORITY" });
  const owned = await createTerritory({ ownerPartnerId: landlord.id });
  const other = await createTerritory();
  const category = await createCategory();
  const resident = await createUser();
  const neighbour = await createUser();

  named = {};
  const report = async (name: string, options: { author?: string | null; site?: "owned" | "other"; status?: ReportStatus; visibility?: ReportVisibility; partnerId?: string }) => {
    const territory = options.site === "other" ? other : owned;
    const author = options.author === undefined ? resident.id : options.author;
    const row = await createReportRow({
      authorId: author,
      enteredById: author ?? neighbour.id,
      categoryId: category.id,
      siteId: territory.site.id,
      buildingId: territory.building.id,
      areaId: territory.area.id,
      status: options.status,
      visibility: options.visibility,
    });
    if (options.partnerId) await db.report.update({ where: { id: row.id }, data: { partnerId: options.partnerId } });
    named[row.id] = name;
  };
  await report("mine, public, owned site", {});
  await report("mine, private, routed to the landlord", { visibility: "PRIVATE", status: "ROUTED", partnerId: landlord.id });
  await report("mine, rejected", { status: "REJECTED" });
  await report("neighbour's, public, other site", { author: neighbour.id, site: "other" });
  await report("neighbour's, duplicate, owned site", { author: neighbour.id, status: "DUPLICATE" });
  await report("neighbour's, private, owned site", { author: neighbour.id, visibility: "PRIVATE" });
  await report("neighbour's, public, routed to the city", { author: neighbour.id, site: "other", status: "ROUTED", partnerId: city.id });
  await report("entered at the counter, closed, owned site", { author: null, status: "CLOSED" });

  actors = {
    nobody: null,
    resident: { id: resident.id, partnerIds: [] },
    landlord: { id: (await createUser({ roles: ["PARTNER"], partnerId: landlord.id })).id, partnerIds: [landlord.id] },
    "both partners, one twice": { id: neighbour.id, partnerIds: [landlord.id, city.id, landlord.id] },
  };
});

async function viaPrisma(where: Prisma.ReportWhereInput) {
  return (await db.report.findMany({ where, select: { id: true } })).map((r) => named[r.id]).sort();
}

async function viaSql(sql: Prisma.Sql) {
  return (await db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT r.id FROM "Report" r WHERE ${sql}`)).map((r) => named[r.id]).sort();
}

describe("reportScope: the Prisma where and the SQL fragment", () => {
  it("select the same reports for every audience and every kind of actor", async () => {
    for (const audience of AUDIENCES) {
      for (const [who, actor] of Object.entries(actors)) {
        const scope = reportScope(actor, audience);
        expect(await viaSql(scope.sql), `${audience}, ${who}`).toEqual(await viaPrisma(scope.where));
      }
    }
  });

  it("select what each audience is meant to reach", async () => {
    const reach = async (audience: ReportAudience, who: string) => viaPrisma(reportScope(actors[who], audience).where);
    expect(await reach("staff", "nobody")).toHaveLength(8);
    expect(await reach("author", "resident")).toEqual(["mine, private, routed to the landlord", "mine, public, owned site", "mine, rejected"]);
    expect(await reach("author", "nobody")).toEqual([]);
    expect(await reach("partner", "landlord")).toEqual(["mine, private, routed to the landlord"]);
    expect(await reach("partner", "resident")).toEqual([]);
    expect(await reach("partner", "both partners, one twice")).toEqual(["mine, private, routed to the landlord", "neighbour's, public, routed to the city"]);
    // Public, neither rejected nor a duplicate, on a site the landlord owns: as any visitor reads it.
    expect(await reach("partner-site", "landlord")).toEqual(["entered at the counter, closed, owned site", "mine, public, owned site"]);
    expect(await reach("partner-site", "resident")).toEqual([]);
    expect(await reach("public", "nobody")).toEqual([
      "entered at the counter, closed, owned site",
      "mine, public, owned site",
      "neighbour's, public, other site",
      "neighbour's, public, routed to the city",
    ]);
  });

  it("keep the hot reads' SQL conditions as they were written before", () => {
    const actor = actors.resident!;
    expect(reportScope(actor, "author").sql.text).toBe('r."authorId" = $1');
    expect(reportScope(actor, "author").sql.values).toEqual([actor.id]);
    expect(reportScope(actors.landlord, "partner").sql.text).toBe('r."partnerId" IN ($1)');
    expect(reportScope(actor, "staff").sql.text).toBe("TRUE");
  });
});
