import type { CalendarUnit } from "@parley/schema";

/** The whole span of what is recorded (and of the range looked at), as a band of counts to a real time axis. */
export interface RangeOverview {
  /** First day of the span, and the day after it. */
  from: string;
  to: string;
  /** What one bar counts: a day, a month or a year. */
  unit: CalendarUnit;
  /** The bars, as one SVG path in a drawing 1,000 wide and BAND_HEIGHT high. */
  bars: string;
  /** Where each tick's label goes, in percent of the width. */
  ticks: { x: number; label: string; date: string }[];
}

/** The band's height, in pixels and in its drawing's units. */
export const BAND_HEIGHT = 64;

/** The band's drawing's width in its own units; CSS stretches it to the page's. */
export const BAND_WIDTH = 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a day lies across the band (in its drawing's units), and the day nearest a place on it. */
export function bandScale(overview: Pick<RangeOverview, "from" | "to">) {
  const start = Date.parse(`${overview.from}T00:00:00Z`);
  const span = Date.parse(`${overview.to}T00:00:00Z`) - start;
  return {
    toX: (day: string) => ((Date.parse(`${day}T00:00:00Z`) - start) / span) * BAND_WIDTH,
    toDay: (x: number) => new Date(start + Math.round(((x / BAND_WIDTH) * span) / DAY_MS) * DAY_MS).toISOString().slice(0, 10),
  };
}
