import { useSyncExternalStore } from "react";

const neverChanges = () => () => undefined;

/**
 * False while the server renders and while React hydrates its HTML, true from then on: what the
 * server sends must work without scripts, and the first render in the browser must match it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
