const formats = [
  { format: "timelinejs", label: "TimelineJS (JSON)" },
  { format: "csv", label: "CSV" },
  { format: "ics", label: "iCalendar" },
];

/** Downloads of the day's events, for other tools. */
export function DayExports({ date }: { date: string }) {
  return (
    <p className="day-exports">
      {"Download this day: "}
      {formats.map(({ format, label }, index) => (
        <span key={format}>
          {index > 0 && " · "}
          <a href={`/days/${date}/export?format=${format}`} download>
            {label}
          </a>
        </span>
      ))}
    </p>
  );
}
