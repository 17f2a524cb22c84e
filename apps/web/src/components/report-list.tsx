import type { EventQuery } from "@parley/schema";

type Excerpt = NonNullable<EventQuery["event"]>["reportedBy"][number];

/** The passages of the sources that report an event, word for word. */
export function ReportList({ excerpts }: { excerpts: Excerpt[] }) {
  if (excerpts.length === 0) return <p className="empty">No source excerpts report this event yet.</p>;
  return (
    <ul className="report-list">
      {excerpts.map((excerpt) => (
        <li key={`${excerpt.source.slug}-${excerpt.start}`}>
          <figure className="report">
            <blockquote>
              <p>{excerpt.text}</p>
            </blockquote>
            <figcaption>
              From <cite>{excerpt.source.title}</cite>
              {` (characters ${excerpt.start}–${excerpt.end})`}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
