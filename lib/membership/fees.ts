import "server-only";
import type { Tx } from "@/lib/db";
import { ValidationError } from "@/lib/core/errors";
import type { College } from "@/lib/generated/prisma/enums";
import { COLLEGE_LABELS } from "@/lib/membership/model";

export const noFeeSet = (year: number, college: College) =>
  `Aucune cotisation n'est fixée pour ${year} dans le collège « ${COLLEGE_LABELS[college]} » : l'accueil doit d'abord la saisir dans le barème.`;

/** The fee of the year's table for a college, in cents, or a clear refusal (on `college`). */
export async function feeOf(tx: Tx, year: number, college: College): Promise<number> {
  const fee = await tx.membershipFee.findUnique({ where: { year_college: { year, college } }, select: { amountCents: true } });
  if (!fee) throw new ValidationError(noFeeSet(year, college), { college: [noFeeSet(year, college)] });
  return fee.amountCents;
}
