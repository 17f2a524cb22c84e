import type { StatementCardFragment } from "@parley/schema";
import { formatCalendarDate } from "../lib/format";

type Source = StatementCardFragment["excerpt"]["source"];

/** Where a statement is written down: the source's title, publisher and date, and its span in Parley's copy. */
export function SourceCitation({ source, statementSlug }: { source: Source; statementSlug: string }) {
  // Link only an address the source record holds; Parley never guesses one.
  const title = source.url ? <a href={source.url}>{source.title}</a> : source.title;
  return (
    <p className="citation">
      Source: <cite>{title}</cite>
      {source.publisher && <>, {source.publisher}</>}, published{" "}
      <time dateTime={source.publishedOn}>{formatCalendarDate(source.publishedOn)}</time>
      {" · "}
      <a href={`/sources/${source.slug}#${statementSlug}`}>See it in the source</a>
    </p>
  );
}
