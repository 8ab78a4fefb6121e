/**
 * An in-memory request for `next/headers` (mocked in setup.ts): the cookie jar and headers a
 * server action would see. One jar per test file; setup.ts empties it before each test.
 */
type StoredCookie = { name: string; value: string; options: Record<string, unknown> };

const jar = new Map<string, StoredCookie>();
// Cookies the code cleared, with the attributes it cleared them with (a browser ignores a clearing
// cookie whose attributes differ, e.g. a `__Secure-` one without `secure`).
const cleared = new Map<string, Record<string, unknown>>();
let requestHeaders = new Headers();

type SetArgs = [name: string, value: string, options?: Record<string, unknown>] | [cookie: { name: string; value: string } & Record<string, unknown>];

const cookieStore = {
  get(nameOrCookie: string | { name: string }) {
    const name = typeof nameOrCookie === "string" ? nameOrCookie : nameOrCookie.name;
    const cookie = jar.get(name);
    return cookie ? { name: cookie.name, value: cookie.value } : undefined;
  },
  getAll(name?: string) {
    return [...jar.values()].filter((c) => !name || c.name === name).map((c) => ({ name: c.name, value: c.value }));
  },
  has(name: string) {
    return jar.has(name);
  },
  set(...args: SetArgs) {
    const [name, value, options] =
      typeof args[0] === "string" ? (args as [string, string, Record<string, unknown>?]) : [args[0].name, args[0].value, args[0]];
    jar.set(name, { name, value, options: options ?? {} });
    return cookieStore;
  },
  delete(nameOrOptions: string | ({ name: string } & Record<string, unknown>)) {
    const [name, options] = typeof nameOrOptions === "string" ? [nameOrOptions, {}] : [nameOrOptions.name, nameOrOptions];
    jar.delete(name);
    cleared.set(name, options);
    return cookieStore;
  },
  get size() {
    return jar.size;
  },
  toString() {
    return [...jar.values()].map((c) => `${c.name}=${c.value}`).join("; ");
  },
};

/** The `next/headers` module as the tests see it. */
export const nextHeadersMock = {
  cookies: async () => cookieStore,
  headers: async () => requestHeaders,
  draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
};

/** Starts a fresh request: no cookies, no headers. */
export function resetRequest() {
  jar.clear();
  cleared.clear();
  requestHeaders = new Headers();
}

export function setRequestHeaders(values: Record<string, string>) {
  requestHeaders = new Headers(values);
}

/** A cookie as the action left it, with the options it was set with (httpOnly, maxAge…). */
export function getCookie(name: string): StoredCookie | undefined {
  return jar.get(name);
}

/** The attributes a cookie was last cleared with (cookies().delete), if it was. */
export function getClearedCookie(name: string): Record<string, unknown> | undefined {
  return cleared.get(name);
}

export function setCookie(name: string, value: string) {
  jar.set(name, { name, value, options: {} });
}

export function deleteCookie(name: string) {
  jar.delete(name);
}
