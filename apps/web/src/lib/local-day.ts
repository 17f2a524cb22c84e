/** How far a time zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function utcOffset(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(epochMs));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  const wallClockAsUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wallClockAsUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The instant a local calendar day starts in a time zone (checked twice, for days that change offset). */
function startOfLocalDay(year: number, monthIndex: number, day: number, timeZone: string): number {
  const wallMidnight = Date.UTC(year, monthIndex, day);
  const guess = wallMidnight - utcOffset(wallMidnight, timeZone);
  return wallMidnight - utcOffset(guess, timeZone);
}

/**
 * The UTC window [from, to) of the local day an instant falls on, e.g. to find the other events
 * of an event's day: orderInDay only means something among them.
 */
export function localDayWindow(iso: string, timeZone: string): { from: string; to: string } {
  const offset = utcOffset(Date.parse(iso), timeZone);
  const wallClock = new Date(Date.parse(iso) + offset);
  const [year, monthIndex, day] = [wallClock.getUTCFullYear(), wallClock.getUTCMonth(), wallClock.getUTCDate()];
  return {
    from: new Date(startOfLocalDay(year, monthIndex, day, timeZone)).toISOString(),
    to: new Date(startOfLocalDay(year, monthIndex, day + 1, timeZone)).toISOString(),
  };
}
