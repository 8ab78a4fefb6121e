/**
 * The few addresses that client components on every page need, apart from lib/routes.ts: a module
 * bundled into the browser's code is copied into each chunk that imports it, and lib/routes.ts
 * (every address of the portal) weighed about 2.5 kB compressed per copy, three copies on the
 * report form. lib/routes.ts takes these values from here, so each address is still written once;
 * tests/unit/routes.test.ts keeps lib/routes.ts out of the public pages' client components.
 */
export const clientRoutes = {
  home: "/",
  /** Who is signed in, for the cached public pages' header. */
  me: "/api/moi",
  /** The sign-out form's permalink, used without JavaScript (app/interventions/deconnexion). */
  signOut: "/interventions/deconnexion",
  /** The report forms' upload (multipart with photos), by the form's name. */
  reportUpload: (form: "habitant" | "guichet") => `/api/signalements?${new URLSearchParams({ formulaire: form })}`,
} as const;
