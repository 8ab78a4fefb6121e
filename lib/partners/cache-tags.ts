/**
 * The cached reads that show partners: the public home page (getPublicOverview) and the staff
 * triage options (lib/reports/queries/staff.ts). Every change to a partner or a sub-type expires it.
 */
export const PARTNERS_TAG = "partners";
