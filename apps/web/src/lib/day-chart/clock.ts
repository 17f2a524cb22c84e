// The clock side of the day's axis: its scale (with long quiet stretches drawn shorter) and its ticks.
import { scaleUtc } from "d3-scale";
import { dateTimeFormat } from "../date-formats";
import type { AxisTick } from "./axis";

export const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "6 h 30 min", "45 min". */
export function durationText(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The zone's offset from UTC at an instant, in milliseconds ("GMT+05:30" → 5.5 h). */
function zoneOffset(instant: number, timeZone: string): number {
  const name = dateTimeFormat("en-GB", { timeZone, timeZoneName: "longOffset" })
    .formatToParts(new Date(instant))
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * HOUR + Number(match[3]) * MINUTE);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The clock's scale over the timed slots, from `left` to `right` percent: proportional to the time
 * between them, except that a quiet stretch much longer than the day's usual one (over four times
 * the median gap, and over two hours) is drawn as twice the median gap and reported as a gap.
 */
export function clockScale(instants: number[], endsAt: number, left: number, right: number) {
  const start = Math.floor(instants[0]! / HOUR) * HOUR;
  const end = Math.max(Math.ceil(endsAt / HOUR) * HOUR, start + HOUR);
  const points = [...new Set([start, ...instants, end])].sort((a, b) => a - b);
  const gaps = points.slice(1).map((point, index) => point - points[index]!);
  const usual = Math.max(median(gaps.filter((gap) => gap > 0)), 15 * MINUTE);
  const quiet = (gap: number) => gap > 2 * HOUR && gap > 4 * usual;
  const drawn = gaps.map((gap) => (quiet(gap) ? Math.min(gap, 2 * usual) : gap));
  const total = drawn.reduce((sum, gap) => sum + gap, 0);
  const positions = [left];
  for (const gap of drawn) positions.push(positions[positions.length - 1]! + ((right - left) * gap) / total);
  const scale = scaleUtc<number>()
    .domain(points.map((point) => new Date(point)))
    .range(positions);
  const segments = gaps.map((gap, index) => ({
    from: points[index]!,
    to: points[index + 1]!,
    x0: positions[index]!,
    x1: positions[index + 1]!,
    quiet: quiet(gap),
  }));
  return { scale, segments };
}

/** Clock ticks over the stretches drawn to scale (not across a compressed gap), in the day's time zone. */
export function clockTicks(segments: ReturnType<typeof clockScale>["segments"], timeZone: string): AxisTick[] {
  const clock = dateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
  const ticks = new Map<number, AxisTick>();
  for (const segment of segments) {
    if (segment.quiet || segment.x1 - segment.x0 < 1) continue;
    // Ticks fall on the zone's round hours: d3 picks them in "wall-clock" time, shifted back to UTC.
    const offset = zoneOffset(segment.from, timeZone);
    const wall = scaleUtc()
      .domain([new Date(segment.from + offset), new Date(segment.to + offset)])
      .range([segment.x0, segment.x1]);
    for (const tick of wall.ticks(Math.max(1, Math.round((segment.x1 - segment.x0) / 10)))) {
      const instant = tick.getTime() - offset;
      if (!ticks.has(instant))
        ticks.set(instant, { x: wall(tick), label: clock.format(instant), dateTime: new Date(instant).toISOString() });
    }
  }
  return [...ticks.values()].sort((a, b) => a.x - b.x);
}
