import { CONTRACT_TYPES } from "@/lib/employees/model";
import type { EmploymentContractType } from "@/lib/generated/prisma/enums";

/** The contract filter as the URL says it (`?contrat=apprentissage`) ↔ the contract types. */
const CONTRACT_PARAMS: Record<EmploymentContractType, string> = { CDDI: "cddi", CDI: "cdi", CDD: "cdd", APPRENTICESHIP: "apprentissage", OTHER: "autre" };

export const contractFromParam = (value: string | undefined) => CONTRACT_TYPES.find((type) => CONTRACT_PARAMS[type] === value);
export const contractParam = (type: EmploymentContractType | undefined) => (type ? CONTRACT_PARAMS[type] : undefined);
export const contractParamOptions = (labels: Record<EmploymentContractType, string>) => CONTRACT_TYPES.map((type) => ({ value: CONTRACT_PARAMS[type], label: labels[type] }));
