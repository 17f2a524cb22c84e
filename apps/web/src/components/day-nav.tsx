import { dayHref, type DayViewKind } from "../lib/day";
import { formatDay } from "../lib/format";

interface DayNavProps {
  date: string;
  previous: string | null;
  next: string | null;
  view: DayViewKind;
}

/** The days with records either side, and a date picker: a plain form, so it works without scripts. */
export function DayNav({ date, previous, next, view }: DayNavProps) {
  return (
    <nav aria-label="Days" className="day-nav">
      <ul>
        <li>
          {previous ? (
            <a href={dayHref(previous, view)} rel="prev">{`← Previous day with records: ${formatDay(previous)}`}</a>
          ) : (
            <span className="caveat">No earlier day has records.</span>
          )}
        </li>
        <li>
          {next ? (
            <a href={dayHref(next, view)} rel="next">{`Next day with records: ${formatDay(next)} →`}</a>
          ) : (
            <span className="caveat">No later day has records.</span>
          )}
        </li>
      </ul>
      <form action="/days" method="get" className="day-picker">
        <label htmlFor="day-picker-date">Go to a day</label>
        <input id="day-picker-date" type="date" name="date" defaultValue={date} required />
        {view === "lanes" && <input type="hidden" name="view" value="lanes" />}
        <button type="submit" className="button">
          Show the day
        </button>
      </form>
    </nav>
  );
}
