/** The demo governance keeps the rules the commands enforce, and gives the demo accounts their places. */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { College } from "@/lib/generated/prisma/enums";
import { mandateProblems } from "@/lib/governance/mandate-rules";
import { activePositions } from "@/lib/governance/positions";
import { listMandatesEndingSoon } from "@/lib/governance/queries/bodies";
import { STATUTES_SELECT } from "@/lib/governance/statutes";
import { seedGovernance } from "@/prisma/seed-governance";
import { resetDatabase } from "../../helpers/database";
import { createUser } from "../../helpers/factories";
import { createMember } from "../../helpers/governance";

beforeEach(resetDatabase);

describe("seedGovernance", () => {
  it("seeds a board of 19 within the statutes, Fatou secretary, Karim a plain member, two mandates ending soon", async () => {
    const admin = await createUser({ roles: ["ADMIN"] });
    const fatouUser = await createUser({ name: "Fatou Camara", email: "board@demo.quartier.test", roles: ["RESIDENT", "MEMBER", "BOARD_MEMBER"] });
    const karimUser = await createUser({ name: "Karim Haddad", email: "multi@demo.quartier.test", roles: ["RESIDENT", "EMPLOYEE", "BOARD_MEMBER"] });
    const members: { id: string; name: string; college: College; userId: string | null }[] = [];
    const add = async (college: College, count: number) => {
      for (let i = 0; i < count; i++) members.push({ ...(await createMember({ college })), college });
    };
    members.push({ ...(await createMember({ name: "Fatou Camara", userId: fatouUser.id })), college: "RESIDENTS" });
    members.push({ ...(await createMember({ name: "Karim Haddad", userId: karimUser.id })), college: "RESIDENTS" });
    await add("RESIDENTS", 25);
    await add("LOCAL_AUTHORITIES", 3);
    await add("SOCIAL_LANDLORDS", 3);
    await add("SOCIO_ECONOMIC_PARTNERS", 5);

    const { boardId } = await seedGovernance(db, { adminId: admin.id, members });

    const all = await db.mandate.findMany({ select: { id: true, bodyId: true, memberId: true, college: true, position: true, startsOn: true, endsOn: true, body: { select: { kind: true } } } });
    const statutes = await db.statutesVersion.findMany({ select: STATUTES_SELECT });
    for (const mandate of all) {
      const others = all.filter((o) => o.bodyId === mandate.bodyId && o.id !== mandate.id);
      expect(mandateProblems({ candidate: mandate, others, bodyKind: mandate.body.kind, statutes }), mandate.id).toEqual([]);
    }
    const today = new Date();
    const current = all.filter((m) => m.bodyId === boardId && (m.endsOn === null || m.endsOn >= today) && m.startsOn <= today);
    expect(current).toHaveLength(19);
    expect(await activePositions(fatouUser.id)).toEqual(["SECRETARY"]);
    expect(await activePositions(karimUser.id)).toEqual(["MEMBER"]);
    expect((await listMandatesEndingSoon()).filter((m) => m.body.id === boardId)).toHaveLength(2);
    expect(all.some((m) => m.endsOn !== null && m.endsOn < today)).toBe(true);
  });
});
