import type { StatementKind } from "@parley/schema";
import { HighlightedText, type TextSpan } from "./highlighted-text";

interface StatementWordsProps {
  text: string;
  kind: StatementKind;
  /** The source's address, when known, for the quotation's `cite`. */
  sourceUrl: string | null;
  /** Where a search matched the text, to mark. */
  highlights?: TextSpan[];
}

/**
 * A direct quote is the speaker's own words, so it is quoted; partial quotes and paraphrases are
 * the source's wording, so they are shown as reported speech and never put in quotation marks.
 */
export function StatementWords({ text, kind, sourceUrl, highlights = [] }: StatementWordsProps) {
  if (kind === "DIRECT_QUOTE") {
    return (
      <blockquote className="words words--quote" cite={sourceUrl ?? undefined}>
        <p>
          “<HighlightedText text={text} spans={highlights} />”
        </p>
      </blockquote>
    );
  }
  return (
    <p className="words words--reported">
      <span className="words-label">Reported speech: </span>
      <HighlightedText text={text} spans={highlights} />
    </p>
  );
}
