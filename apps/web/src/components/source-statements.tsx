import { statementKindLabel } from "../lib/labels";
import type { SourceStatement } from "../lib/source-data";
import { StatementWords } from "./statement-words";

/** The statements read from a source, numbered as the text marks them, each with who said it, where, and a way back to its span. */
export function SourceStatements({ statements, sourceUrl }: { statements: SourceStatement[]; sourceUrl: string | null }) {
  if (statements.length === 0) return <p className="empty">No statements are recorded from this source.</p>;
  return (
    <ol className="source-statements">
      {statements.map((statement) => (
        <li key={statement.id} id={`about-${statement.slug}`}>
          <p className="source-statement-who">
            <a href={`/actors/${statement.speaker.slug}`}>{statement.speaker.name}</a>
            {` · ${statementKindLabel[statement.kind]}`}
            {statement.event && (
              <>
                {" · at "}
                <a href={`/events/${statement.event.slug}`}>{statement.event.title}</a>
              </>
            )}
          </p>
          <StatementWords text={statement.text} kind={statement.kind} sourceUrl={sourceUrl} />
          <p className="source-statement-back">
            <a href={`#${statement.slug}`}>{`Characters ${statement.excerpt.start}–${statement.excerpt.end} in the text`}</a>
          </p>
        </li>
      ))}
    </ol>
  );
}
