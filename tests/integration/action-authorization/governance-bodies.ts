import { createBodyRow, createMandateRow, createMember, createStatutesRow, formKey, THIS_YEAR } from "../../helpers/governance";
import { EVERY_ROLE_BUT_ADMIN, type GuardedCase } from "./shared";

/**
 * The governance-bodies actions' callers to refuse, and a valid input (see shared.ts); behaviour in
 * tests/integration/governance/. A plain board member (BOARD_MEMBER without the secretary's
 * position) passes the policy's role check for mandates and is refused by the command
 * (authorizeSecretariat): EVERY_ROLE_BUT_ADMIN covers them.
 */

const adminOnly = (input: GuardedCase["input"]): GuardedCase => ({ wrongRoles: EVERY_ROLE_BUT_ADMIN, allowed: ["ADMIN"], input });

const statutesFields = {
  effectiveFrom: `${THIS_YEAR + 1}-01-01`,
  boardSeatsResidents: "12",
  boardSeatsLocalAuthorities: "2",
  boardSeatsSocialLandlords: "2",
  boardSeatsSocioEconomic: "3",
  residentsMinSharePercent: "51",
  quorumAssemblyPercent: "25",
  quorumBoardPercent: "50",
  quorumOtherPercent: "50",
  proxiesCountForQuorum: "on",
  proxiesPerPerson: "2",
  flagEmployeeMandates: "on",
};

async function boardMandate() {
  await createStatutesRow();
  const body = await createBodyRow("BOARD");
  const member = await createMember();
  const mandate = await createMandateRow({ bodyId: body.id, memberId: member.id });
  return mandate;
}

export const cases: Record<string, GuardedCase> = {
  createStatutesVersion: adminOnly(() => statutesFields),
  createGovernanceBody: adminOnly(() => ({ name: "Commission jeunesse", kind: "COMMISSION", sortOrder: "5" })),
  updateGovernanceBody: adminOnly(async () => ({ bodyId: (await createBodyRow("COMMISSION")).id, version: "0", name: "Commission cadre de vie", kind: "COMMISSION", sortOrder: "3" })),
  archiveGovernanceBody: adminOnly(async () => ({ bodyId: (await createBodyRow("COMMISSION")).id, version: "0", confirm: "on" })),
  createMandate: adminOnly(async () => {
    await createStatutesRow();
    const body = await createBodyRow("BOARD");
    const member = await createMember();
    return { bodyId: body.id, memberId: member.id, college: "RESIDENTS", position: "MEMBER", startsOn: `${THIS_YEAR}-01-01`, idempotencyKey: formKey() };
  }),
  updateMandate: adminOnly(async () => ({ mandateId: (await boardMandate()).id, version: "0", position: "MEMBER", startsOn: `${THIS_YEAR}-01-01`, endsOn: `${THIS_YEAR + 2}-06-30`, showNamePublicly: "on" })),
  endMandate: adminOnly(async () => ({ mandateId: (await boardMandate()).id, version: "0", endsOn: `${THIS_YEAR}-06-30`, confirm: "on" })),
};
