import { isTimeZone, quoteMismatch, spanProblem, type TextSpan } from "@parley/db";
import { BadUserInputError } from "../../errors";
import type { StatementKind } from "../../enums";

// The write checks that are not lookups; each refuses with BAD_USER_INPUT and
// names the input field at fault. The database repeats what it can (checks,
// triggers) for writers that bypass the API.

/** An IANA time zone name as the platform's ICU knows it ("Europe/London", "UTC"); offsets like "+01:00" are not zones. */
export function checkTimeZone(timeZone: string, field = "timeZone"): void {
  if (!isTimeZone(timeZone))
    throw new BadUserInputError(`"${timeZone}" is not an IANA time zone (such as "Europe/London")`, "input", field);
}

export function checkEventTimes(startsAt: Date, endsAt: Date | null): void {
  if (endsAt && endsAt.getTime() < startsAt.getTime()) {
    throw new BadUserInputError(`The event ends (${endsAt.toISOString()}) before it starts (${startsAt.toISOString()})`, "input", "endsAt");
  }
}

/**
 * A statement's excerpt lies inside its source's text, and a DIRECT_QUOTE is
 * that text exactly; the message says where a quote departs from it.
 */
export function checkProvenance(statement: { kind: StatementKind; text: string; excerpt: TextSpan }, sourceText: string): void {
  const outside = spanProblem(statement.excerpt, sourceText.length);
  if (outside) throw new BadUserInputError(`The excerpt does not fit the source: ${outside}`, "input", "excerpt");
  if (statement.kind !== "DIRECT_QUOTE") return;
  const mismatch = quoteMismatch(sourceText, statement.excerpt, statement.text);
  if (mismatch)
    throw new BadUserInputError(`A DIRECT_QUOTE must be its source's text at its excerpt exactly: ${mismatch}`, "input", "text");
}

export function checkNotBlank(value: string, field: string): void {
  if (value.trim() === "") throw new BadUserInputError(`${field} must not be blank`, "input", field);
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function checkSlug(slug: string, field = "slug"): void {
  if (!SLUG.test(slug))
    throw new BadUserInputError(`"${slug}" is not a slug: lower-case letters and digits joined by hyphens`, "input", field);
}
