"use server";

import { defineAction } from "@/lib/actions/define-action";
import { cancelMembership, copyFees, recordPaperMembership, recordPayment, setFee, updateMember } from "@/lib/membership/commands/staff";
import { cancelMembershipSchema, copyFeesSchema, recordPaperMembershipSchema, recordPaymentSchema, setFeeSchema, updateMemberSchema } from "@/lib/membership/schemas";
import { routes } from "@/lib/routes";

// Staff writes of Gestion › Adhérents: paper forms, payments, cancellations, members' details, the
// fee table. Each command checks what it refers to and writes its audit row; each action goes
// back to the member's page (or the fee table) with a notice.
const permission = "membership:manage";

export const recordPaperMembershipAction = defineAction({
  name: "recordPaperMembership",
  permission,
  schema: recordPaperMembershipSchema,
  handler: ({ input, actor }) => recordPaperMembership({ actor }, input),
  redirectTo: (result) => routes.staff.member(result.memberId, result.receiptNumber ? "payee" : "enregistree"),
});

export const recordMembershipPaymentAction = defineAction({
  name: "recordMembershipPayment",
  permission,
  schema: recordPaymentSchema,
  handler: ({ input, actor }) => recordPayment({ actor }, input),
  redirectTo: (result) => routes.staff.member(result.memberId, "payee"),
});

export const cancelMembershipAction = defineAction({
  name: "cancelMembership",
  permission,
  schema: cancelMembershipSchema,
  handler: ({ input, actor }) => cancelMembership({ actor }, input),
  redirectTo: (result) => routes.staff.member(result.memberId, "annulee"),
});

export const updateMemberAction = defineAction({
  name: "updateMember",
  permission,
  schema: updateMemberSchema,
  handler: ({ input, actor }) => updateMember({ actor }, input),
  redirectTo: (result) => routes.staff.member(result.memberId, "modifie"),
});

export const setMembershipFeeAction = defineAction({
  name: "setMembershipFee",
  permission,
  schema: setFeeSchema,
  handler: ({ input, actor }) => setFee({ actor }, input),
  redirectTo: () => routes.staff.membershipFeesDone("enregistree"),
});

export const copyMembershipFeesAction = defineAction({
  name: "copyMembershipFees",
  permission,
  schema: copyFeesSchema,
  handler: ({ input, actor }) => copyFees({ actor }, input),
  redirectTo: () => routes.staff.membershipFeesDone("recopiees"),
});
