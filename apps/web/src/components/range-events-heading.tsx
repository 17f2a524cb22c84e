/** The heading of the range's events, with their number: the same at every zoom. */
export function RangeEventsHeading({ total }: { total: number }) {
  return <h2 id="range-events">{`Events (${total.toLocaleString("en-GB")})`}</h2>;
}
