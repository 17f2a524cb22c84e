import type { AsyncLocalStorage } from "node:async_hooks";

interface StatusStore {
  status: number | null;
}

/**
 * Sets the HTTP status of the page being rendered (scripts/response-status.js applies it when the
 * headers are sent). Call it before anything streams: from a page's own render, not under Suspense.
 */
export function setResponseStatus(status: number): void {
  const storage = (globalThis as Record<symbol, AsyncLocalStorage<StatusStore> | undefined>)[Symbol.for("parley.web.responseStatus")];
  const store = storage?.getStore();
  if (store) store.status = status;
}
