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
