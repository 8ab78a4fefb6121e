// The labels live with their domain (lib/territory/model.ts); kept here for the staff home's import.
export { SITE_KIND_LABELS } from "@/lib/territory/model";
