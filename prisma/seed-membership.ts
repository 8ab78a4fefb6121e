/**
 * Demo membership (issue 12): the fee table of the last ten years, about sixty members over four
 * years (mostly residents, and the seeded partners as organisations with their representatives),
 * their payments with receipts numbered per year in the order they were paid, a few pending
 * memberships, renewals due and one cancelled. The demo accounts `board` (Fatou Camara) and
 * `multi` (Karim Haddad) are active resident members this year; `resident` (Amina Benali) is not a
 * member (she joins in the end-to-end test). Invented people.
 *
 * Returns the members active this year: the governance seed draws the board's mandates from them
 * (at least 14 residents, 2 of each other college, organisations with a representative).
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { College, MembershipSource, PaymentMethod } from "../lib/generated/prisma/enums";

type SeededMember = { id: string; name: string; college: College; userId: string | null };

const FIRST_NAMES = ["Martine", "Youssef", "Geneviève", "Bakary", "Chantal", "Rachid", "Monique", "Ibrahima", "Josiane", "Nordine", "Danielle", "Aïssata", "Gilbert", "Zohra", "Pascal", "Fatoumata", "Bernard", "Yasmina", "Roland", "Houria", "Jacqueline", "Moussa", "Annie", "Sofiane", "Colette", "Djibril", "Huguette", "Malika", "René", "Aminata", "Lucienne", "Kader", "Odile", "Seydou", "Françoise", "Nabil", "Simone", "Lamine", "Paulette", "Samir", "Gisèle", "Ousmane", "Marcelle", "Hamid", "Yvette", "Mehdi", "Renée", "Abdoulaye", "Ginette", "Karima", "Raymond"];
const LAST_NAMES = ["Roux", "Benhamou", "Lefort", "Traoré", "Masson", "Belkacem", "Giraud", "Ndiaye", "Chevalier", "Mansouri", "Aubert", "Cissé", "Dupré", "Hamdi", "Picard", "Konaté", "Charpentier", "Zerrouki", "Gauthier", "Sylla", "Baron", "Ouali", "Lemaire", "Camara", "Rolland", "Bensaïd", "Vidal", "Doucouré", "Collin", "Meziane"];

/** The organisations: the seeded partners (by their name in seed.ts) and one that is not a partner. */
const ORGANISATIONS: { name: string; partner: string | null; college: College; representative: string; since: number; until: number }[] = [
  { name: "Ville de Bellerive", partner: "Ville de Bellerive", college: "LOCAL_AUTHORITIES", representative: "Nicole Vasseur", since: 3, until: 0 },
  { name: "Communauté de communes du Val de Bellerive", partner: null, college: "LOCAL_AUTHORITIES", representative: "Gérard Lemoine", since: 2, until: 0 },
  { name: "Habitat Bellerive", partner: "Habitat Bellerive", college: "SOCIAL_LANDLORDS", representative: "Isabelle Carpentier", since: 3, until: 0 },
  { name: "Logis du Val", partner: "Logis du Val", college: "SOCIAL_LANDLORDS", representative: "Olivier Brunet", since: 3, until: 0 },
  { name: "PLIE du Val de Bellerive", partner: "PLIE du Val de Bellerive", college: "SOCIO_ECONOMIC_PARTNERS", representative: "Samia Boukhari", since: 3, until: 0 },
  { name: "Centre social Jacques-Prévert", partner: "Centre social Jacques-Prévert", college: "SOCIO_ECONOMIC_PARTNERS", representative: "Damien Royer", since: 1, until: 0 },
  // Lapsed: a member last year, not yet this year (a renewal due).
  { name: "Mission locale de Bellerive", partner: "Mission locale de Bellerive", college: "SOCIO_ECONOMIC_PARTNERS", representative: "Karine Petitjean", since: 3, until: 1 },
];

/** Fees in cents ten years ago, raised a little every few years. */
const BASE_FEES: Record<College, number> = { RESIDENTS: 500, LOCAL_AUTHORITIES: 15000, SOCIAL_LANDLORDS: 15000, SOCIO_ECONOMIC_PARTNERS: 3000 };
const STEP: Record<College, number> = { RESIDENTS: 100, LOCAL_AUTHORITIES: 2500, SOCIAL_LANDLORDS: 2500, SOCIO_ECONOMIC_PARTNERS: 500 };
const METHODS: PaymentMethod[] = ["CASH", "CHEQUE", "CASH", "CARD", "TRANSFER", "CHEQUE"];
const DAY = 24 * 60 * 60 * 1000;

/** The membership year now: the calendar year in Paris (as lib/membership/model.ts counts it). */
function parisYear(now: Date): number {
  return Number(new Intl.DateTimeFormat("en-CA", { year: "numeric", timeZone: "Europe/Paris" }).format(now));
}

type Plan = {
  member: { kind: "PERSON" | "ORGANISATION"; name: string; userId: string | null; partnerId: string | null; representativeName: string | null; email: string | null; phone: string | null; address: string | null };
  college: College;
  /** Each year of the four (0 = this year, 3 = three years ago): its status, or none. */
  years: { offset: number; status: "ACTIVE" | "PENDING" | "CANCELLED"; source: MembershipSource }[];
};

export async function seedMembership(db: PrismaClient, input: { staffId: string; accounts: { board: string; multi: string; resident: string } }): Promise<{ members: SeededMember[] }> {
  const now = new Date();
  const year = parisYear(now);
  const today = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);

  await db.membershipFee.createMany({
    data: Array.from({ length: 10 }, (_, i) => year - 9 + i).flatMap((y) =>
      (Object.keys(BASE_FEES) as College[]).map((college) => ({ year: y, college, amountCents: BASE_FEES[college] + Math.floor((y - (year - 9)) / 3) * STEP[college] })),
    ),
    skipDuplicates: true,
  });
  const fees = await db.membershipFee.findMany({ select: { year: true, college: true, amountCents: true } });
  const feeOf = (y: number, college: College) => fees.find((f) => f.year === y && f.college === college)!.amountCents;

  const accounts = await db.user.findMany({ where: { id: { in: [input.accounts.board, input.accounts.multi] } }, select: { id: true, name: true, email: true } });
  const partners = new Map((await db.partner.findMany({ select: { id: true, name: true } })).map((p) => [p.name, p.id]));

  const plans: Plan[] = [];
  // The two demo accounts: members for years, this year's joined online and paid at the office.
  for (const [index, account] of accounts.entries()) {
    plans.push({
      member: { kind: "PERSON", name: account.name, userId: account.id, partnerId: null, representativeName: null, email: account.email, phone: null, address: `${12 + index * 7} rue des Tilleuls, Bellerive` },
      college: "RESIDENTS",
      years: [...[3, 2, 1].slice(index).map((offset): Plan["years"][number] => ({ offset, status: "ACTIVE", source: "PAPER" })), { offset: 0, status: "ACTIVE", source: "ONLINE" }],
    });
  }
  // Residents on paper: 20 active this year (so 22 with the accounts), 8 renewals due, 4 pending
  // this year, 1 cancelled, the others members of earlier years who did not come back.
  for (let i = 0; i < 51; i++) {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`;
    const years: Plan["years"] =
      i < 20
        ? [...(i % 3 === 0 ? [3, 2, 1] : i % 3 === 1 ? [1] : []).map((offset) => ({ offset, status: "ACTIVE" as const, source: "PAPER" as const })), { offset: 0, status: "ACTIVE", source: "PAPER" }]
        : i < 28
          ? (i % 2 === 0 ? [2, 1] : [1]).map((offset) => ({ offset, status: "ACTIVE" as const, source: "PAPER" as const }))
          : i < 32
            ? [{ offset: 1, status: "ACTIVE", source: "PAPER" }, { offset: 0, status: "PENDING", source: "PAPER" }]
            : i === 32
              ? [{ offset: 0, status: "CANCELLED", source: "PAPER" }]
              : (i % 2 === 0 ? [3, 2] : [3]).map((offset) => ({ offset, status: "ACTIVE" as const, source: "PAPER" as const }));
    plans.push({
      member: {
        kind: "PERSON",
        name,
        userId: null,
        partnerId: null,
        representativeName: null,
        email: i % 2 === 0 ? `${name.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z]+/g, ".")}@courriel.test` : null,
        phone: i % 3 === 0 ? `06 ${String(10 + i).padStart(2, "0")} 42 ${String(30 + i).padStart(2, "0")} 17` : null,
        address: `${2 + (i % 9) * 2} ${["rue des Tilleuls", "allée des Fleurs", "avenue Jean-Moulin", "rue Pasteur", "place du Marché"][i % 5]}, Bellerive`,
      },
      college: "RESIDENTS",
      years,
    });
  }
  for (const org of ORGANISATIONS) {
    plans.push({
      member: { kind: "ORGANISATION", name: org.name, userId: null, partnerId: org.partner ? partners.get(org.partner) ?? null : null, representativeName: org.representative, email: null, phone: null, address: null },
      college: org.college,
      years: Array.from({ length: org.since - org.until + 1 }, (_, k) => ({ offset: org.since - k, status: "ACTIVE" as const, source: "PAPER" as const })),
    });
  }

  // Memberships first, payments after: numbered per year in the order they were paid.
  const payments: { membershipId: string; year: number; college: College; paidOn: Date; index: number }[] = [];
  const activeThisYear: SeededMember[] = [];
  for (const [index, plan] of plans.entries()) {
    const member = await db.member.create({ data: plan.member, select: { id: true, name: true } });
    for (const entry of plan.years) {
      const y = year - entry.offset;
      // Paid between mid-January and June (this year: not after today).
      const paidOn = new Date(Math.min(Date.UTC(y, 0, 12 + ((index * 5 + entry.offset * 3) % 150)), today.getTime()));
      const membership = await db.membership.create({
        data: {
          memberId: member.id,
          year: y,
          college: plan.college,
          feeCents: feeOf(y, plan.college),
          status: entry.status,
          source: entry.source,
          createdById: entry.source === "ONLINE" ? plan.member.userId : input.staffId,
          createdAt: new Date(paidOn.getTime() - (entry.status === "ACTIVE" ? DAY : 0)),
          activatedAt: entry.status === "ACTIVE" ? paidOn : null,
          cancelledAt: entry.status === "CANCELLED" ? today : null,
        },
        select: { id: true },
      });
      if (entry.status === "ACTIVE") payments.push({ membershipId: membership.id, year: y, college: plan.college, paidOn, index });
    }
    if (plan.years.some((e) => e.offset === 0 && e.status === "ACTIVE")) activeThisYear.push({ id: member.id, name: member.name, college: plan.college, userId: plan.member.userId });
  }
  payments.sort((a, b) => a.paidOn.getTime() - b.paidOn.getTime() || a.index - b.index);
  const counters = new Map<number, number>();
  await db.membershipPayment.createMany({
    data: payments.map((p) => {
      const number = (counters.get(p.year) ?? 0) + 1;
      counters.set(p.year, number);
      return {
        membershipId: p.membershipId,
        amountCents: feeOf(p.year, p.college),
        method: METHODS[p.index % METHODS.length],
        paidOn: p.paidOn,
        recordedById: input.staffId,
        receiptYear: p.year,
        receiptNumber: number,
        createdAt: p.paidOn,
      };
    }),
  });
  for (const [y, last] of counters) await db.receiptCounter.upsert({ where: { year: y }, create: { year: y, last }, update: { last } });

  // No MEMBER grant here: the demo accounts' roles are DEMO_ACCOUNTS' (seed.ts), which the seed's
  // test checks; a payment recorded in the app grants it (lib/membership/member-role.ts).
  return { members: activeThisYear };
}
