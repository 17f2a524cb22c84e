import type { CalendarUnit } from "@parley/schema";
import { zoomNames } from "../lib/range-zoom";

interface RangeZoomStatusProps {
  zoom: CalendarUnit;
  count: number;
  loading: CalendarUnit | null;
  failed: CalendarUnit | null;
  retry(): void;
}

const singular: Record<CalendarUnit, string> = { DAY: "day", MONTH: "month", YEAR: "year" };

/** Says, and announces, how the range is grouped, while a zoom loads, and when one failed (with a retry). */
export function RangeZoomStatus({ zoom, count, loading, failed, retry }: RangeZoomStatusProps) {
  return (
    <div className="range-status">
      <p role="status">
        {loading
          ? `Loading the range by ${zoomNames[loading]}…`
          : `By ${zoomNames[zoom]}: ${count.toLocaleString("en-GB")} ${count === 1 ? singular[zoom] : zoomNames[zoom]} with events.`}
      </p>
      {failed && (
        <p role="alert">
          {`The range by ${zoomNames[failed]} could not be loaded: the Parley API could not be reached. `}
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
        </p>
      )}
    </div>
  );
}
