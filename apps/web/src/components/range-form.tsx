import type { RangeParams } from "../lib/range-params";
import { SelectField } from "./select-field";

const zooms = [
  ["day", "Days"],
  ["month", "Months"],
  ["year", "Years"],
] as const;

/** The range and its zoom, as a plain GET form. */
export function RangeForm({ params }: { params: RangeParams }) {
  return (
    <form action="/range" method="get" className="search-form">
      <p>
        <label htmlFor="range-from">From</label>
        <input id="range-from" type="date" name="from" defaultValue={params.from} required />
      </p>
      <p>
        <label htmlFor="range-to">Until (not included)</label>
        <input id="range-to" type="date" name="to" defaultValue={params.to} required />
      </p>
      <SelectField id="range-zoom" label="Group by" name="zoom" value={params.zoom.toLowerCase()} none="Best fit" options={zooms} />
      <p>
        <button type="submit" className="button">
          Show
        </button>
      </p>
    </form>
  );
}
