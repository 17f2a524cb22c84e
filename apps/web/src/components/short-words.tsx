import type { StatementKind } from "@parley/schema";
import { truncate } from "../lib/format";

/**
 * A statement's words in passing, marked as StatementWords marks them: only a direct quote is the
 * speaker's own wording, so only it goes in quotation marks; the rest is labelled reported speech.
 */
export function ShortWords({ kind, text }: { kind: StatementKind; text: string }) {
  if (kind === "DIRECT_QUOTE") return <>{`“${truncate(text)}”`}</>;
  return (
    <>
      <span className="words-label">(reported speech)</span> {truncate(text)}
    </>
  );
}
