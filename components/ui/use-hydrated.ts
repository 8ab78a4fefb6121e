import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False on the server and without JavaScript, true once the page runs in a browser: what only
 * works with JavaScript renders after hydration, so the server's HTML stays the no-JS page.
 */
export function useHydrated() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
