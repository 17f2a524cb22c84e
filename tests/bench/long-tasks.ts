/** One event of a Chromium trace (the Trace Event Format), as far as this reading needs. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's own CPU time within the event, in microseconds. */
  tdur?: number;
  args?: { name?: string; data?: { frames?: { processId?: number; url?: string; parent?: string }[] } };
}

export interface LongTaskSummary {
  /** Tasks run on the page's renderer main thread. */
  tasks: number;
  /** The longest, in milliseconds. */
  longestMs: number;
  /** Durations over the limit, in milliseconds, longest first. */
  overLimitMs: number[];
  /**
   * The most CPU time the main thread spent in one task, in milliseconds: below the longest task's
   * duration when the operating system gave the core to other work in the middle of it.
   */
  longestCpuMs: number;
  /** The trace's span, from its first task to the end of its last, in milliseconds. */
  spanMs: number;
}

/** The renderer process of the page's main frame, as the browser names it when tracing starts. */
function pageProcess(events: TraceEvent[], urlPart: string): number | undefined {
  for (const event of events) {
    if (event.name !== "TracingStartedInBrowser") continue;
    const frame = event.args?.data?.frames?.find((candidate) => !candidate.parent && candidate.url?.includes(urlPart));
    if (frame?.processId !== undefined) return frame.processId;
  }
  return undefined;
}

/**
 * The main-thread tasks (`RunTask`, as Chrome DevTools and Lighthouse count them) of the renderer
 * that shows `urlPart`, from a trace's JSON, and those over `limitMs`.
 */
export function longTasks(traceJson: string, urlPart: string, limitMs: number): LongTaskSummary {
  const parsed = JSON.parse(traceJson) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const pid = pageProcess(events, urlPart);
  const mainThreads = new Set(
    events
      .filter((event) => event.name === "thread_name" && event.args?.name === "CrRendererMain" && (pid === undefined || event.pid === pid))
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const tasks = events.filter((event) => event.name === "RunTask" && event.ph === "X" && mainThreads.has(`${event.pid}:${event.tid}`));
  const durations = tasks.map((task) => (task.dur ?? 0) / 1000);
  const starts = tasks.map((task) => task.ts);
  const ends = tasks.map((task) => task.ts + (task.dur ?? 0));
  return {
    tasks: tasks.length,
    longestMs: Math.max(0, ...durations),
    overLimitMs: durations.filter((ms) => ms > limitMs).sort((a, b) => b - a),
    longestCpuMs: Math.max(0, ...tasks.map((task) => (task.tdur ?? 0) / 1000)),
    spanMs: tasks.length ? (Math.max(...ends) - Math.min(...starts)) / 1000 : 0,
  };
}
