/**
 * The people domain's cached reads: the count of residents on the public overview. A sign-up or a
 * deletion refreshes it in the background (`background`: the next visitor still gets the page at
 * once, and a burst of anonymous sign-ups cannot make every visit recount).
 */
export const PEOPLE_COUNT_TAG = "people-count";
export const PEOPLE_COUNT_REFRESH = { tag: PEOPLE_COUNT_TAG, background: true } as const;
