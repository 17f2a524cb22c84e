import type { StatementKind } from "@parley/schema";
import { segmentText } from "../lib/text-segments";

/** What a marked span needs: an anchor name, its kind (a direct quote is shaded), where it lies, and who said it. */
export interface MarkedStatement {
  slug: string;
  kind: StatementKind;
  excerpt: { start: number; end: number };
  speaker: { name: string };
}

interface SourceTextProps {
  text: string;
  /** In the order of their spans; a statement's number is its place in this list, from 1. */
  statements: MarkedStatement[];
  /** Say where each stretch starts in the text (`data-at`), for a selection to be read back as a span. */
  positions?: boolean;
  /** Where a statement's number leads: its entry in the list below (`#about-slug`) unless the list is paged. */
  noteHref?: (slug: string) => string;
}

const aboutAnchor = (slug: string) => `#about-${slug}`;

// Slugs become CSS attribute values below: only plain ones, which cannot break out of the quotes.
const plainSlug = /^[\w-]+$/;

/**
 * The words of a statement's span stay lit while the address names it (`#slug`), with no script:
 * one rule per statement, since overlapping spans cannot share one element.
 */
function TargetRules({ statements }: { statements: MarkedStatement[] }) {
  const rules = statements
    .filter((statement) => plainSlug.test(statement.slug))
    .map((statement) => `.source-text:has([id="${statement.slug}"]:target) mark[data-statements~="${statement.slug}"]`);
  if (rules.length === 0) return null;
  return <style>{`${rules.join(",\n")} { background: var(--target); box-shadow: 0 0 0 2px var(--focus); }`}</style>;
}

/**
 * A source's full text, exactly as received, with every statement's span marked: a direct quote
 * shaded as the speaker's words, reported speech underlined as the source's. Each span starts with
 * its anchor (`#slug`) and ends with the number of its entry in the list below the text
 * (`#about-slug`). A draft's review marks its proposals the same way.
 */
export function SourceText({ text, statements, positions = false, noteHref = aboutAnchor }: SourceTextProps) {
  const numbers = new Map(statements.map((statement, index) => [statement.slug, index + 1]));
  const segments = segmentText(
    text,
    statements.map((statement) => ({ start: statement.excerpt.start, end: statement.excerpt.end, item: statement })),
  );
  return (
    <>
      <TargetRules statements={statements} />
      <div className="source-text">
        {segments.map((segment, index) => (
          <span key={index} data-at={positions ? segment.start : undefined}>
            {segment.starting.map((statement) => (
              <span key={statement.slug} id={statement.slug} className="span-anchor" />
            ))}
            {segment.covering.length === 0 ? (
              segment.text
            ) : (
              <mark
                className={segment.covering.some((statement) => statement.kind === "DIRECT_QUOTE") ? "span--quote" : "span--reported"}
                data-statements={segment.covering.map((statement) => statement.slug).join(" ")}
              >
                {segment.text}
              </mark>
            )}
            {segment.ending.map((statement) => (
              <sup key={statement.slug}>
                <a
                  className="span-note"
                  href={noteHref(statement.slug)}
                  aria-label={`Statement ${numbers.get(statement.slug)}: ${statement.speaker.name}`}
                >
                  {numbers.get(statement.slug)}
                </a>
              </sup>
            ))}
          </span>
        ))}
      </div>
    </>
  );
}
