/**
 * A team of two employees and a running contract with a weekday line at a seeded site, for the
 * work orders journey (tests/e2e/work-orders.spec.ts), until the demo seed has contracts and teams
 * of its own. Run with tsx in its own process (the Prisma client is an ES module); prints the ids.
 *
 *   DATABASE_URL=… npx tsx tests/e2e/support/work-orders-setup.ts <label>
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../lib/generated/prisma/client";

async function main() {
  const label = process.argv[2] ?? "e2e";
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL as string }) });
  try {
    const site = await db.site.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } });
    const partner = await db.partner.findFirstOrThrow({ orderBy: { name: "asc" }, select: { id: true } });
    const team = await db.team.create({ data: { name: `Équipe ${label}` }, select: { id: true, name: true } });
    const employees = ["Karim Benali", "Lina Moreau"].map((name) => `${name} (${label})`);
    for (const name of employees) {
      await db.employee.create({ data: { name, contractType: "CDDI", startsOn: new Date("2026-01-05T00:00:00Z"), weeklyHours: 26, teamId: team.id } });
    }
    const contract = await db.contract.create({
      data: {
        reference: `M-${label}`,
        partnerId: partner.id,
        object: "Entretien des parties communes",
        kind: "PUBLIC_PROCUREMENT",
        startsOn: new Date("2020-01-01T00:00:00Z"),
        endsOn: new Date("2099-12-31T00:00:00Z"),
        status: "ACTIVE",
        lines: {
          create: {
            task: `Nettoyage des halls ${label}`,
            unit: "PER_VISIT",
            unitPriceCents: 4500,
            recurrence: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            startMinutes: 8 * 60,
            durationMinutes: 90,
            teamId: team.id,
            sites: { create: { siteId: site.id } },
          },
        },
      },
      select: { id: true, reference: true },
    });
    console.log(JSON.stringify({ teamId: team.id, teamName: team.name, employees, contractReference: contract.reference, siteName: site.name }));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
