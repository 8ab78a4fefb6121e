import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedTerritory } from "@/prisma/seed-territory";
import { resetDatabase } from "../../helpers/database";
import { createTerritory } from "../../helpers/factories";

beforeEach(resetDatabase);

it("writes the demo access notes on the seed's sites and buildings, by name", async () => {
  const tilleuls = await createTerritory({ siteName: "Résidence Les Tilleuls" });
  await db.building.update({ where: { id: tilleuls.building.id }, data: { name: "Bâtiment A" } });
  const other = await createTerritory({ siteName: "Résidence ailleurs" });
  await seedTerritory(db);
  expect((await db.site.findUniqueOrThrow({ where: { id: tilleuls.site.id } })).accessNotes).toMatch(/^Badge au local gardien/);
  expect((await db.building.findUniqueOrThrow({ where: { id: tilleuls.building.id } })).accessNotes).toMatch(/^Digicode/);
  expect((await db.site.findUniqueOrThrow({ where: { id: other.site.id } })).accessNotes).toBeNull();
});
