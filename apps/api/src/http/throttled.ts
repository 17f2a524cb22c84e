/** Calls `report` at most once a minute, so that a failing dependency does not flood the log. */
export function throttled(report: (error: unknown) => void): (error: unknown) => void {
  let last = -Infinity;
  return (error) => {
    const now = Date.now();
    if (now - last < 60_000) return;
    last = now;
    report(error);
  };
}
