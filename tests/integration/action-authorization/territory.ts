import { createTerritory } from "../../helpers/factories";
import { EVERY_ROLE_BUT_STAFF, type GuardedCase } from "./shared";

/** The territory actions' callers to refuse, and a valid input (see shared.ts). */

const staffOnly: Omit<GuardedCase, "input"> = { wrongRoles: EVERY_ROLE_BUT_STAFF, allowed: ["STAFF"] };

export const cases: Record<string, GuardedCase> = {
  createArea: { ...staffOnly, input: () => ({ name: "Secteur des autorisations" }) },
  updateArea: { ...staffOnly, input: async () => ({ areaId: (await createTerritory()).area.id, version: "0", name: "Secteur renommé" }) },
  createSite: {
    ...staffOnly,
    input: async () => ({ areaId: (await createTerritory()).area.id, name: "Gymnase Léo Lagrange", kind: "FACILITY", address: "2 rue du Stade" }),
  },
  updateSite: {
    ...staffOnly,
    input: async () => ({ siteId: (await createTerritory()).site.id, version: "0", name: "Site renommé", kind: "RESIDENCE", address: "1 rue des Tests" }),
  },
  createBuilding: { ...staffOnly, input: async () => ({ siteId: (await createTerritory()).site.id, name: "Bâtiment Z", address: "3 rue des Tests" }) },
  updateBuilding: {
    ...staffOnly,
    input: async () => ({ buildingId: (await createTerritory()).building.id, version: "0", name: "Bâtiment renommé", address: "1 rue des Tests" }),
  },
  createEntrance: { ...staffOnly, input: async () => ({ buildingId: (await createTerritory()).building.id, name: "Entrée Z" }) },
  updateEntrance: { ...staffOnly, input: async () => ({ entranceId: (await createTerritory()).entrance.id, version: "0", name: "Entrée renommée" }) },
  setPlaceArchived: { ...staffOnly, input: async () => ({ level: "site", id: (await createTerritory()).site.id, version: "0", archived: "true" }) },
  deletePlace: { ...staffOnly, input: async () => ({ level: "entrance", id: (await createTerritory()).entrance.id, version: "0", confirm: "on" }) },
};
