/**
 * Shares calls of `read` among concurrent callers without ever handing a
 * caller a result whose read began before that caller asked. The first caller
 * starts a read; callers who arrive while it runs wait for the next read,
 * which starts as soon as the running one ends and serves all of them.
 *
 * So the database's data version, read this way, reflects every write that
 * committed before the request arrived (what a cache that is never stale
 * needs), while under load the database answers one query per round trip
 * instead of one per request.
 */
export function freshRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let queued: Promise<T> | undefined;

  const start = (): Promise<T> => {
    const current = read().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };

  return () => {
    if (!running) return start();
    queued ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
}
