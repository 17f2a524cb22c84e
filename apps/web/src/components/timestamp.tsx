import type { TimePrecision } from "@parley/schema";
import { formatTime } from "../lib/format";

interface TimestampProps {
  iso: string;
  precision: TimePrecision;
  timeZone: string;
}

/** A time as precisely as the sources give it, e.g. "Friday 14 March 2014 · time of day not reported". */
export function Timestamp({ iso, precision, timeZone }: TimestampProps) {
  const { dateTime, text, caveat } = formatTime(iso, precision, timeZone);
  return (
    <>
      <time dateTime={dateTime}>{text}</time>
      {caveat && <span className="caveat">{` · ${caveat}`}</span>}
    </>
  );
}
