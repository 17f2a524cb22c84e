import { dayHref, type DayViewKind } from "../lib/day";

const views: { kind: DayViewKind; label: string }[] = [
  { kind: "axis", label: "Time axis" },
  { kind: "lanes", label: "Lanes by actor" },
];

/** Links between a day's two views; the view lives in the address, so each is a permalink. */
export function ViewSwitch({ date, view }: { date: string; view: DayViewKind }) {
  return (
    <nav aria-label="Views of the day" className="view-switch">
      <ul>
        {views.map(({ kind, label }) => (
          <li key={kind}>
            <a href={dayHref(date, kind)} aria-current={kind === view ? "page" : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
