import Link from "next/link";
import { loadSource } from "../../lib/source-data";

/**
 * Where a published draft's records now are: the source, each event and speaker its statements
 * went to, and the days. Read as anyone reads them, so they show what every reader sees.
 */
export async function PublishedLinks({ sourceSlug, days }: { sourceSlug: string | null; days: string[] }) {
  if (sourceSlug === null) return <p>This draft was published; its source has since been deleted.</p>;
  const loaded = await loadSource(sourceSlug);
  const statements = loaded?.statements ?? [];
  const events = new Map(statements.flatMap((statement) => (statement.event ? [[statement.event.slug, statement.event.title]] : [])));
  const speakers = new Map(statements.map((statement) => [statement.speaker.slug, statement.speaker.name]));
  return (
    <section aria-labelledby="published" className="notice" id="publish" tabIndex={-1}>
      <h2 id="published">Published</h2>
      <p>{`This draft is published: ${statements.length} ${statements.length === 1 ? "statement is" : "statements are"} on record, and the draft is read-only.`}</p>
      <ul>
        <li>
          <Link href={`/sources/${sourceSlug}`}>{`The source: ${loaded?.source.title ?? sourceSlug}`}</Link>
        </li>
        {[...new Set(days)].map((day) => (
          <li key={day}>
            <Link href={`/days/${day}`}>{`The day: ${day}`}</Link>
          </li>
        ))}
        {[...events].map(([slug, title]) => (
          <li key={slug}>
            <Link href={`/events/${slug}`}>{`The event: ${title}`}</Link>
          </li>
        ))}
        {[...speakers].map(([slug, name]) => (
          <li key={slug}>
            <Link href={`/actors/${slug}`}>{`The speaker: ${name}`}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
