import { statementKindLabel } from "../lib/labels";
import type { SourceStatement } from "../lib/source-data";
import { StatementWords } from "./statement-words";

/** The statements read from a source, numbered as the text marks them, each with who said it, where, and a way back to its span. */
interface SourceStatementsProps {
  statements: SourceStatement[];
  /** The source's text, to say which paragraph each statement is read from. */
  text: string;
  sourceUrl: string | null;
}

/** Which paragraph (from 1) of the text an offset falls in: paragraphs are the text's non-empty lines. */
function paragraphAt(text: string, offset: number): number {
  return text
    .slice(0, offset)
    .split(/\n/)
    .filter((line, index, lines) => line.trim() !== "" || index === lines.length - 1).length;
}

export function SourceStatements({ statements, text, sourceUrl }: SourceStatementsProps) {
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
            <a href={`#${statement.slug}`}>{`See it in the text, paragraph ${paragraphAt(text, statement.excerpt.start)}`}</a>
          </p>
        </li>
      ))}
    </ol>
  );
}
