/**
 * Every address of the portal, written once: links, forms, redirects, sign-in return paths, mailed
 * links. Grouped by audience as app/ is. A page without parameters is a constant; a page with one
 * (an id, a notice shown after a change) is a function. The query strings keep the French names
 * the site uses; ids and values are URL-encoded here (a no-op for the ids and words of today).
 * The report lists' filters are written by lib/reports/filter-params.ts from these base paths.
 * Its imports (lib/core/year-key.ts, lib/client-routes.ts) import nothing, so proxy.ts and the
 * back offices' client components use it too; the public pages' client components take their few
 * addresses from lib/client-routes.ts, which this module repeats in `routes`.
 * tests/unit/routes.test.ts keeps literal paths out of app/, components/ and lib/ but these two.
 */
import { clientRoutes } from "@/lib/client-routes";
import { YEAR_KEY } from "@/lib/core/year-key";

const encode = encodeURIComponent;

/** `path?a=1&b=2`, the parameters in the order given; `path` alone when there are none. */
function withQuery(path: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
}

/** The notice a page shows once after a redirect, as a flag (`?clos=1`). */
const flag = (path: string, notice: string | undefined) => (notice ? withQuery(path, { [notice]: "1" }) : path);

/** Confirmations of the catalog lists (`?fait=…&id=…`), by the change made. */
export type CategoryNotice = "creee" | "modifiee" | "activee" | "desactivee" | "deplacee" | "supprimee" | "inchangee";
export type TemplateNotice = "cree" | "modifie" | "active" | "desactive" | "deplace" | "supprime" | "inchange";
/** What staff just did to a report (`?fait=…` on its triage page). */
export type TriageNotice = "statut" | "priorite" | "details" | "doublon" | "transmis" | "commentaire" | "moderation" | "photo";
/** The notices of a resident's own report page and of a partner's report page. */
export type MyReportNotice = "nouveau" | "deja-envoye" | "clos" | "rouvert";
export type PartnerReportNotice = "resolu" | "pris-en-charge";

const done = (path: string, notice: string, id?: string) => withQuery(path, id === undefined ? { fait: notice } : { fait: notice, id });

// The pages that several addresses below share (with a query string or an id after them).
const NEW_REPORT = "/signalements/nouveau";
const SIGN_IN = "/connexion";
const MY_REPORTS = "/espace/signalements";
const DEVICES = "/espace/appareils";
const QUEUE = "/gestion/signalements";
const NEW_REPORT_DESK = "/gestion/signalements/nouveau";
const CATEGORIES = "/gestion/categories";
const TEMPLATES = "/gestion/modeles-de-reponse";
const NEW_TEMPLATE = "/gestion/modeles-de-reponse/nouveau";
const FILTER_PAGES = "/signalements/filtre";

// Anyone, signed in or not: the information pages and the public reports (most cached).
const publicPages = {
  contact: "/contact",
  privacy: "/confidentialite",
  accessibility: "/accessibilite",
  legalNotice: "/mentions-legales",
  accountDeleted: "/compte-supprime",
  /** The list and the map; their filtered addresses: filteredHref() in lib/reports/filter-params.ts. */
  reports: "/signalements",
  reportsMap: "/signalements/carte",
  /** A report's public page, by its number. */
  report: (number: number) => `/signalements/${encode(String(number))}`,
  /** The cached pages of the list's filters (proxy.ts rewrites a filtered list to one of them). */
  filterPages: FILTER_PAGES,
  filterPage: (key: string) => `${FILTER_PAGES}/${encode(key)}`,
  /** The resident's report form, beside the public list (app/signalements/, signed in). */
  newReport: NEW_REPORT,
  /** Back at step 1 after "moi aussi" on report n° `number`. */
  newReportSupported: (number: number) => withQuery(NEW_REPORT, { soutenu: String(number) }),
  /** Step 1 again, with the category and place chosen so far. */
  newReportChange: (choice: { categoryId: string; place: string }) =>
    withQuery(NEW_REPORT, { categorie: choice.categoryId, lieu: choice.place, modifier: "1" }),
} as const;

// Signing in and up, confirming an address, resetting a password.
const auth = {
  /** The sign-in page; `returnTo` is where to go after, a notice says why the person is here. */
  signIn: ({ returnTo, notice }: { returnTo?: string; notice?: "deconnecte" | "reinitialise" } = {}) =>
    returnTo !== undefined ? `${SIGN_IN}?callbackUrl=${encode(returnTo)}` : flag(SIGN_IN, notice),
  signUp: "/inscription",
  /** "Check your mailbox", after signing up. */
  checkEmail: "/inscription/verifiez",
  /** The address confirmation link mailed with its `token`, and its page once the address is confirmed. */
  verifyEmailLink: (token: string) => withQuery("/inscription/verifier", { token }),
  emailConfirmed: "/inscription/verifier?confirmee=1",
  forgotPassword: "/mot-de-passe/oublie",
  resetPasswordLink: (token: string) => withQuery("/mot-de-passe/nouveau", { token }),
  /** The link mailed to a partner's contact to open their partner account (lib/partners/commands/staff.ts). */
  partnerInvitationLink: (token: string) => withQuery("/invitation/partenaire", { token }),
} as const;

// Mon espace (app/espace/): a signed-in person's own account, reports and notifications.
const mine = {
  home: "/espace",
  emailConfirmed: "/espace?adresse-confirmee=1",
  /** The e-mail notifications setting, on the home page. */
  notificationSettings: "/espace#notifications",
  notifications: "/espace/notifications",
  reports: MY_REPORTS,
  report: (id: string, notice?: MyReportNotice) => flag(`${MY_REPORTS}/${encode(id)}`, notice),
  devices: DEVICES,
  deviceEnded: `${DEVICES}?fin=1`,
  otherDevicesEnded: `${DEVICES}?fin=autres`,
  /** The person's data as a file (a route handler, not a page). */
  export: "/espace/export",
  deleteAccount: "/espace/supprimer",
} as const;

// Gestion (app/gestion/): the Régie's staff.
const staff = {
  home: "/gestion",
  partners: "/gestion/partenaires",
  queue: QUEUE,
  /** The queue as CSV, with the filter's parameters (queueSearchParams()); the "?" is always there. */
  queueExport: (filterParams: Record<string, string>) => `${QUEUE}/export?${new URLSearchParams(filterParams)}`,
  figures: `${QUEUE}/chiffres`,
  report: (id: string, notice?: TriageNotice) => {
    const path = `${QUEUE}/${encode(id)}`;
    return notice ? done(path, notice) : path;
  },
  /** The reception desk's form, and it again after report n° `number` was saved. */
  newReport: NEW_REPORT_DESK,
  newReportSaved: (number: number) => withQuery(NEW_REPORT_DESK, { enregistre: String(number) }),
  categories: CATEGORIES,
  categoriesDone: (notice: CategoryNotice, id?: string) => done(CATEGORIES, notice, id),
  newCategory: `${CATEGORIES}/nouvelle`,
  category: (id: string) => `${CATEGORIES}/${encode(id)}`,
  templates: TEMPLATES,
  templatesDone: (notice: TemplateNotice, id?: string) => done(TEMPLATES, notice, id),
  newTemplate: NEW_TEMPLATE,
  /** A new template, its status already chosen. */
  newTemplateFor: (status: string) => withQuery(NEW_TEMPLATE, { statut: status }),
  template: (id: string) => `${TEMPLATES}/${encode(id)}`,
} as const;

// Gestion, the Régie's work (issue 11): each domain's pages in its own object, spread into `staff`.
const PARTNERS = "/gestion/partenaires";
/** What staff just did on a partner's page (`?fait=…`). */
export type PartnerNotice = "cree" | "modifie" | "inchange" | "archive" | "desarchive" | "contact-ajoute" | "contact-modifie" | "contact-archive" | "contact-desarchive" | "invitation" | "invitation-retiree";
export type SubtypeNotice = "creee" | "renommee" | "activee" | "desactivee" | "inchangee";
const staffPartners = {
  newPartner: `${PARTNERS}/nouveau`,
  partner: (id: string, notice?: PartnerNotice) => {
    const path = `${PARTNERS}/${encode(id)}`;
    return notice ? done(path, notice) : path;
  },
  partnerContact: (partnerId: string, contactId: string) => `${PARTNERS}/${encode(partnerId)}/contacts/${encode(contactId)}`,
  partnerSubtypes: `${PARTNERS}/precisions`,
  partnerSubtypesDone: (notice: SubtypeNotice) => done(`${PARTNERS}/precisions`, notice),
} as const;
const TERRITORY = "/gestion/territoire";
/** What staff just did to a place (`?fait=…` on its page, or on its parent's once deleted). */
export type TerritoryNotice = "cree" | "modifie" | "inchange" | "archive" | "desarchive" | "supprime";
const placePage = (segment: string) => (id: string, notice?: TerritoryNotice) => {
  const path = `${TERRITORY}/${segment}/${encode(id)}`;
  return notice ? done(path, notice) : path;
};
const staffTerritory = {
  /** Areas and the search of sites; `territoryDone` after an area is deleted. */
  territory: TERRITORY,
  territoryDone: (notice: TerritoryNotice) => done(TERRITORY, notice),
  newArea: `${TERRITORY}/secteurs/nouveau`,
  area: placePage("secteurs"),
  /** A new site in area `areaId`; a new building in site `siteId` (entrances are added on their building's page). */
  newSite: (areaId: string) => withQuery(`${TERRITORY}/sites/nouveau`, { secteur: areaId }),
  site: placePage("sites"),
  newBuilding: (siteId: string) => withQuery(`${TERRITORY}/batiments/nouveau`, { site: siteId }),
  building: placePage("batiments"),
  entrance: placePage("entrees"),
} as const;
/** What staff just did on a contract's page (`?fait=…`), and why an uploaded file was refused (`?refus=…`). */
export type ContractNotice =
  | "cree"
  | "modifie"
  | "active"
  | "expire"
  | "clos"
  | "rouvert"
  | "prestation-ajoutee"
  | "prestation-modifiee"
  | "prestation-archivee"
  | "document-ajoute"
  | "document-supprime";
const CONTRACTS = "/gestion/contrats";
const contractPath = (id: string) => `${CONTRACTS}/${encode(id)}`;
const staffContracts = {
  /** The list; its filters (French names: statut, partenaire, echeance, q, page) are read by the page. */
  contracts: CONTRACTS,
  contractsFiltered: (params: { statut?: string; partenaire?: string; echeance?: "proche"; q?: string }) =>
    withQuery(CONTRACTS, Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => !!e[1]))),
  newContract: `${CONTRACTS}/nouveau`,
  contract: (id: string, notice?: ContractNotice) => (notice ? done(contractPath(id), notice) : contractPath(id)),
  /** The contract's page after a refused upload, with the reason's code. */
  contractUploadRefused: (id: string, reason: string) => withQuery(contractPath(id), { refus: reason }),
  editContract: (id: string) => `${contractPath(id)}/modifier`,
  newContractLine: (id: string) => `${contractPath(id)}/prestations/nouvelle`,
  contractLine: (contractId: string, lineId: string) => `${contractPath(contractId)}/prestations/${encode(lineId)}`,
  /** The PDFs' upload (multipart, a route handler that streams to disk) and a document's file. */
  contractDocumentUpload: "/api/contrats/documents",
  contractDocument: (id: string) => `/api/contrats/documents/${encode(id)}`,
} as const;
/** What staff just did to a job (`?fait=…` on its page). */
export type WorkOrderNotice = "creee" | "deja-creee";
const WORK_ORDERS = "/gestion/interventions";
const NEW_WORK_ORDER = "/gestion/interventions/nouvelle";
const PLANNING = "/gestion/planning";
const staffWork = {
  /** The jobs' list; its filter's parameters (statut, contrat, equipe, du, au, origine, renvoi, q, page) are added by the page. */
  workOrders: WORK_ORDERS,
  /** The staff home's "À traiter": partners' orders still to plan, jobs a partner sent back. */
  ordersToPlan: withQuery(WORK_ORDERS, { statut: "PLANNED", origine: "PARTNER_ORDER" }),
  sentBackJobs: withQuery(WORK_ORDERS, { renvoi: "oui" }),
  workOrder: (id: string, notice?: WorkOrderNotice) => {
    const path = `${WORK_ORDERS}/${encode(id)}`;
    return notice ? done(path, notice) : path;
  },
  newWorkOrder: NEW_WORK_ORDER,
  /** The new job form, prefilled from report `reportId`. */
  newWorkOrderFromReport: (reportId: string) => withQuery(NEW_WORK_ORDER, { signalement: reportId }),
  planning: PLANNING,
  /** A team's week ("2026-W49"), with one of its days shown in full ("2026-12-03"), or none. */
  planningWeek: (teamId: string, week: string, day?: string) => withQuery(PLANNING, { equipe: teamId, semaine: week, ...(day ? { jour: day } : {}) }),
} as const;
const EMPLOYEES = "/gestion/salaries";
const TEAMS = "/gestion/equipes";
/** A time period of the employee's and team's pages: a week ("2026-W49") or a month ("2026-11"). */
export type PeriodParam = { semaine: string } | { mois: string };
/** What staff just did on an employee's or a team's page (`?fait=…`). */
export type EmployeeNotice = "cree" | "modifie" | "archive" | "restaure" | "lie" | "delie" | "absence" | "absence-supprimee";
export type TeamNotice = "creee" | "modifiee" | "archivee" | "restauree";
const staffEmployees = {
  employees: EMPLOYEES,
  newEmployee: `${EMPLOYEES}/nouveau`,
  employee: (id: string, options: { notice?: EmployeeNotice; period?: PeriodParam } = {}) =>
    withQuery(`${EMPLOYEES}/${encode(id)}`, { ...(options.period ?? {}), ...(options.notice ? { fait: options.notice } : {}) }),
  editEmployee: (id: string) => `${EMPLOYEES}/${encode(id)}/modifier`,
  teams: TEAMS,
  newTeam: `${TEAMS}/nouvelle`,
  team: (id: string, options: { notice?: TeamNotice; period?: PeriodParam } = {}) =>
    withQuery(`${TEAMS}/${encode(id)}`, { ...(options.period ?? {}), ...(options.notice ? { fait: options.notice } : {}) }),
  editTeam: (id: string) => `${TEAMS}/${encode(id)}/modifier`,
} as const;
const WORK_FIGURES = "/gestion/activite";
const staffWorkFigures = {
  workFigures: WORK_FIGURES,
  /** The figures of a year, or of one month of it (1 to 12). */
  workFiguresFor: ({ year, month }: { year: number; month?: number | null }) =>
    withQuery(WORK_FIGURES, { annee: String(year), ...(month ? { mois: String(month) } : {}) }),
} as const;

// Interventions (app/interventions/): the employee's jobs, on a phone.
/** What the employee just did on a job's page (`?fait=…`). */
export type EmployeeJobNotice = "demarree" | "terminee" | "photo" | "signale";
const INTERVENTIONS_API = "/api/interventions";
const employee = {
  home: "/interventions",
  /** Another day of the employee's week ("2026-12-01"), shown in full. */
  day: (day: string) => withQuery("/interventions", { jour: day }),
  job: (id: string, notice?: EmployeeJobNotice, reportNumber?: number) =>
    withQuery(`/interventions/${encode(id)}`, { ...(notice ? { fait: notice } : {}), ...(reportNumber !== undefined ? { n: String(reportNumber) } : {}) }),
  problem: (id: string) => `/interventions/${encode(id)}/probleme`,
  /** The service worker (public/interventions/sw.js, built by scripts/build-service-worker.mjs), scoped to /interventions. */
  serviceWorker: "/interventions/sw.js",
  scope: "/interventions",
  /**
   * The sign-out posted without JavaScript (app/interventions/deconnexion/route.ts), inside the
   * service worker's scope so that the worker of an employee's phone sees it go by.
   */
  signOut: clientRoutes.signOut,
  /** What the offline queue sends: a completion (JSON), a photo (multipart). */
  completeApi: (id: string) => `${INTERVENTIONS_API}/${encode(id)}/fin`,
  photoApi: (id: string) => `${INTERVENTIONS_API}/${encode(id)}/photos`,
  photo: (photoId: string) => `${INTERVENTIONS_API}/photos/${encode(photoId)}`,
} as const;

// Espace partenaire, the work done for the partner (app/partenaire/): contracts, jobs, statements.
const PARTNER_CONTRACTS = "/partenaire/contrats";
const PARTNER_JOBS = "/partenaire/interventions";
/** What the partner just did to a job (`?fait=…` on its page). */
export type PartnerJobNotice = "validee" | "renvoyee" | "commandee";
/**
 * A contract's statement page and its files, for a month written "2026-11" (`?mois=`) or a year
 * "2026" (`?annee=`, as periodParam() in lib/work-orders/statement.ts says); none: the page picks.
 */
const statement = (id: string, suffix: string) => (period?: string) => {
  const path = `${PARTNER_CONTRACTS}/${encode(id)}/releve${suffix}`;
  if (!period) return path;
  return withQuery(path, YEAR_KEY.test(period) ? { annee: period } : { mois: period });
};
const partnerWork = {
  contracts: PARTNER_CONTRACTS,
  contract: (id: string) => `${PARTNER_CONTRACTS}/${encode(id)}`,
  statement: (id: string, period?: string) => statement(id, "")(period),
  statementCsv: (id: string, period: string) => statement(id, "/csv")(period),
  statementPdf: (id: string, period: string) => statement(id, "/pdf")(period),
  /** The jobs; their filtered addresses: partnerJobsSearchParams() in lib/work-orders/partner-params.ts. */
  jobs: PARTNER_JOBS,
  job: (id: string, notice?: PartnerJobNotice) => {
    const path = `${PARTNER_JOBS}/${encode(id)}`;
    return notice ? done(path, notice) : path;
  },
  newJob: `${PARTNER_JOBS}/commander`,
  jobPhoto: (id: string, photoId: string) => `${PARTNER_JOBS}/${encode(id)}/photos/${encode(photoId)}`,
} as const;

// Espace partenaire (app/partenaire/): the people of a partner (landlord, city services).
const partner = {
  home: "/partenaire",
  reports: "/partenaire/signalements",
  report: (id: string, notice?: PartnerReportNotice) => flag(`/partenaire/signalements/${encode(id)}`, notice),
} as const;

// Administration (app/admin/): people, roles and the logs.
const admin = {
  home: "/admin",
  people: "/admin/personnes",
  person: (id: string) => `/admin/personnes/${encode(id)}`,
  auditLog: "/admin/journal",
  securityLog: "/admin/securite",
} as const;

// Issue 12, the association's own life. Each domain's addresses in its own object, kept apart
// (membership, governance, volunteering), spread below into the audience they serve.

// Membership (adhésions): the member's own in Mon espace, the register and payments in Gestion.
/** What was just done on Mon espace › Adhésion, or on a member's page (`?fait=…`). */
export type MembershipNotice = "demandee" | "annulee" | "payee" | "enregistree" | "modifie";
const MY_MEMBERSHIP = "/espace/adhesion";
const MEMBERS = "/gestion/adherents";
const memberPath = (id: string) => `${MEMBERS}/${encode(id)}`;
/** The register's filters, in the order the form sends them, blanks left out. */
export type RegisterParams = { annee?: string; college?: string; statut?: string; type?: string; renouvellement?: string; q?: string };
const registerQuery = (path: string, params: RegisterParams) =>
  withQuery(path, Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => !!e[1])));
const mineMembership = {
  membership: MY_MEMBERSHIP,
  membershipDone: (notice: MembershipNotice) => done(MY_MEMBERSHIP, notice),
  /** A receipt's PDF, the member's own. */
  membershipReceipt: (paymentId: string) => `${MY_MEMBERSHIP}/recus/${encode(paymentId)}`,
} as const;
const staffMembership = {
  /** The register; its filters (annee, college, statut, type, renouvellement, q, page) are read by the page. */
  members: MEMBERS,
  membersFiltered: (params: RegisterParams) => registerQuery(MEMBERS, params),
  /** The filtered register as CSV, with the page's filters. */
  membersCsv: (params: RegisterParams) => registerQuery(`${MEMBERS}/export`, params),
  newMembership: `${MEMBERS}/nouveau`,
  newMembershipFor: (memberId: string) => withQuery(`${MEMBERS}/nouveau`, { adherent: memberId }),
  member: (id: string, notice?: MembershipNotice) => (notice ? done(memberPath(id), notice) : memberPath(id)),
  memberReceipt: (paymentId: string) => `${MEMBERS}/recus/${encode(paymentId)}`,
  membershipFees: `${MEMBERS}/cotisations`,
  membershipFeesDone: (notice: "enregistree" | "recopiees") => done(`${MEMBERS}/cotisations`, notice),
  membershipFigures: `${MEMBERS}/chiffres`,
} as const;



// Governance (app/gouvernance/ for the board, /association for everyone): the bodies, statutes
// and mandates, then the meetings, each in its own object.
/** What the admin or the secretary just did (`?fait=…` on a body's page or the bodies' list). */
export type GovernanceNotice = "instance-creee" | "instance-modifiee" | "instance-archivee" | "mandat-cree" | "mandat-modifie" | "mandat-termine" | "statuts";
const BODIES = "/gouvernance/instances";
const governanceBodies = {
  bodies: BODIES,
  bodiesDone: (notice: GovernanceNotice) => done(BODIES, notice),
  newBody: `${BODIES}/nouvelle`,
  body: (id: string, notice?: GovernanceNotice) => (notice ? done(`${BODIES}/${encode(id)}`, notice) : `${BODIES}/${encode(id)}`),
  editBody: (id: string) => `${BODIES}/${encode(id)}/modifier`,
  newMandate: (bodyId: string) => `${BODIES}/${encode(bodyId)}/mandats/nouveau`,
  mandate: (bodyId: string, mandateId: string) => `${BODIES}/${encode(bodyId)}/mandats/${encode(mandateId)}`,
  statutes: "/gouvernance/statuts",
  statutesDone: withQuery("/gouvernance/statuts", { fait: "statuts" }),
} as const;



/** What the secretariat just did on a meeting's page (`?fait=…`). */
export type MeetingNotice =
  | "creee"
  | "modifiee"
  | "convoquee"
  | "tenue"
  | "annulee"
  | "presences"
  | "decision"
  | "compte-rendu"
  | "compte-rendu-approuve"
  | "compte-rendu-publie"
  | "document-ajoute"
  | "document-supprime";
const MEETINGS = "/gouvernance/reunions";
const meetingPath = (id: string) => `${MEETINGS}/${encode(id)}`;
const governanceMeetings = {
  /** The list; its filters (instance, periode: a-venir | passees, page) are read by the page. */
  meetings: MEETINGS,
  meetingsFiltered: (params: { instance?: string; periode?: string; page?: string }) =>
    withQuery(MEETINGS, Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => !!e[1]))),
  newMeeting: `${MEETINGS}/nouvelle`,
  meeting: (id: string, notice?: MeetingNotice) => (notice ? done(meetingPath(id), notice) : meetingPath(id)),
  editMeeting: (id: string) => `${meetingPath(id)}/modifier`,
  /** The minutes as a PDF: unpublished ones for the board space only (the handler checks). */
  meetingMinutesPdf: (id: string) => `${meetingPath(id)}/compte-rendu/pdf`,
  /** A meeting's PDF, for the board space (the handler loads it through its meeting). */
  meetingDocument: (id: string, documentId: string) => `${meetingPath(id)}/documents/${encode(documentId)}`,
  /** Where the meeting page's upload form posts (multipart); a refused upload goes back with its reason's code. */
  meetingDocumentUpload: (id: string) => `${meetingPath(id)}/documents`,
  meetingUploadRefused: (id: string, reason: string) => withQuery(meetingPath(id), { refus: reason }),
} as const;



const governance = {
  home: "/gouvernance",
  /** The board's dashboard: members, attendance, mandates, volunteering, reports and jobs, in figures. */
  dashboard: "/gouvernance/tableau-de-bord",
  ...governanceBodies,
  ...governanceMeetings,
} as const;
const publicGovernance = {
  association: "/association",
  /** A published minutes' page, and its PDF. */
  publishedMinutes: (id: string) => `/association/comptes-rendus/${encode(id)}`,
  publishedMinutesPdf: (id: string) => `/association/comptes-rendus/${encode(id)}/pdf`,
} as const;



// Volunteering (bénévolat): the volunteer's own in Mon espace, missions and hours in Gestion.
const mineVolunteering = {
  volunteering: "/espace/benevolat",
  /** Mon espace's volunteering page after a change, with what was done (`?fait=…`). */
  volunteeringDone: (notice: VolunteeringNotice) => done("/espace/benevolat", notice),
} as const;
/** What a volunteer or staff just did on the volunteering pages (`?fait=…`). */
export type VolunteeringNotice = "profil" | "inscrit" | "attente" | "desinscrit" | "heures" | "heures-corrigees" | "heures-supprimees" | "creee" | "modifiee" | "annulee" | "activite";
const staffVolunteering = {
  /** The missions, upcoming by default (`?periode=passees` for the past; `page`). */
  volunteering: "/gestion/benevolat",
  volunteeringMissions: (params: { periode?: "passees"; page?: number }) =>
    withQuery("/gestion/benevolat", Object.fromEntries(Object.entries({ periode: params.periode, page: params.page && params.page > 1 ? String(params.page) : undefined }).filter((e): e is [string, string] => !!e[1]))),
  newVolunteerMission: "/gestion/benevolat/missions/nouvelle",
  volunteerMission: (id: string, notice?: VolunteeringNotice) => (notice ? done(`/gestion/benevolat/missions/${encode(id)}`, notice) : `/gestion/benevolat/missions/${encode(id)}`),
  volunteerActivities: "/gestion/benevolat/activites",
  volunteerActivitiesDone: done("/gestion/benevolat/activites", "activite"),
  /** The hours to review; filters statut, benevole, mois, page, read by the page. */
  volunteerHours: "/gestion/benevolat/heures",
  volunteerHoursFiltered: (params: { statut?: string; benevole?: string; mois?: string; page?: number }) =>
    withQuery(
      "/gestion/benevolat/heures",
      Object.fromEntries(Object.entries({ ...params, page: params.page && params.page > 1 ? String(params.page) : undefined }).filter((e): e is [string, string] => !!e[1])),
    ),
  volunteerHoursDone: done("/gestion/benevolat/heures", "heures"),
  /** The year's totals and their value (`?annee=2026`), and their CSV. */
  volunteerTotals: (year?: number) => (year ? withQuery("/gestion/benevolat/bilan", { annee: String(year) }) : "/gestion/benevolat/bilan"),
  volunteerTotalsCsv: (year: number) => withQuery("/gestion/benevolat/bilan/csv", { annee: String(year) }),
} as const;



// Route handlers (app/api/) the pages call.
const api = {
  /** Who is signed in, for the cached public pages' header. */
  me: clientRoutes.me,
  photo: (id: string) => `/api/photos/${encode(id)}`,
  /** The report forms' upload (multipart with photos), by the form's name. */
  reportUpload: clientRoutes.reportUpload,
} as const;

export const routes = {
  home: clientRoutes.home,
  public: { ...publicPages, ...publicGovernance },
  auth,
  mine: { ...mine, ...mineMembership, ...mineVolunteering },
  staff: { ...staff, ...staffPartners, ...staffTerritory, ...staffContracts, ...staffWork, ...staffEmployees, ...staffWorkFigures, ...staffMembership, ...staffVolunteering },
  employee,
  partner: { ...partner, ...partnerWork },
  governance,
  admin,
  api,
} as const;
