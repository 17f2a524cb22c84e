import type { StatementKind } from "@parley/schema";

interface StatementWordsProps {
  text: string;
  kind: StatementKind;
  /** The source's address, when known, for the quotation's `cite`. */
  sourceUrl: string | null;
}

/**
 * A direct quote is the speaker's own words, so it is quoted; partial quotes and paraphrases are
 * the source's wording, so they are shown as reported speech and never put in quotation marks.
 */
export function StatementWords({ text, kind, sourceUrl }: StatementWordsProps) {
  if (kind === "DIRECT_QUOTE") {
    return (
      <blockquote className="words words--quote" cite={sourceUrl ?? undefined}>
        <p>{`“${text}”`}</p>
      </blockquote>
    );
  }
  return (
    <p className="words words--reported">
      <span className="words-label">Reported speech: </span>
      {text}
    </p>
  );
}
