/**
 * Reads, from an article's text alone, who it says spoke words at a span:
 * the checks a careful reporter makes, written down so a test can make them.
 * - A quotation runs from “ to ” (or to the end of its paragraph, where a
 *   quote that carries on into the next paragraph is left open).
 * - A quotation followed by `he said` / `Mr Hague said` is that person's;
 *   `he` is the subject (the first person named, outside quotation marks)
 *   of the last sentence before it that names one.
 * - A quotation with no attribution continues the quotation before it.
 * - An embedded post is attributed by the line under it: `— Name (@handle)`.
 * - Reported speech (a clause) names its speaker, or starts with `He`.
 */
export interface Person {
  slug: string;
  names: string[];
}

interface Range {
  start: number;
  end: number;
}

export function quotations(text: string): Range[] {
  const ranges: Range[] = [];
  for (let open = text.indexOf("“"); open !== -1; open = text.indexOf("“", open + 1)) {
    const close = text.indexOf("”", open);
    const paragraphEnd = text.indexOf("\n", open) === -1 ? text.length : text.indexOf("\n", open);
    ranges.push({ start: open, end: close !== -1 && close < paragraphEnd ? close + 1 : paragraphEnd });
  }
  return ranges;
}

function mentions(text: string, people: Person[], quoted: Range[]): { at: number; slug: string }[] {
  const found: { at: number; slug: string }[] = [];
  for (const person of people) {
    for (const name of person.names) {
      // "the Russian foreign minister" also opens a sentence as "The Russian foreign minister".
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/^[a-z]/, (first) => `[${first}${first.toUpperCase()}]`);
      const pattern = new RegExp(`(?<![\\w@])${escaped}(?!\\w)`, "g");
      for (const match of text.matchAll(pattern)) {
        const at = match.index;
        if (!quoted.some((range) => at > range.start && at < range.end)) found.push({ at, slug: person.slug });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Where each sentence starts: after . ? ! (and a closing quotation mark), or a line break. */
function sentenceStarts(text: string): number[] {
  return [0, ...[...text.matchAll(/[.?!]”?\s+|\n/g)].map((match) => match.index + match[0].length)];
}

function subjectBefore(text: string, position: number, found: { at: number; slug: string }[]): string[] {
  const starts = sentenceStarts(text);
  const sentenceOf = (at: number) => starts.filter((start) => start <= at).length - 1;
  const current = sentenceOf(position);
  const earlier = found.filter((mention) => sentenceOf(mention.at) < current);
  const last = earlier.at(-1);
  if (!last) return [];
  return [earlier.find((mention) => sentenceOf(mention.at) === sentenceOf(last.at))!.slug];
}

/** The slugs of the people the text gives the words at `span` to (reported speech may name two). */
export function attributedSpeakers(text: string, span: Range, people: Person[]): string[] {
  const quoted = quotations(text);
  const named = mentions(text, people, quoted);
  const inQuote = quoted.findIndex((range) => span.start > range.start && span.end <= range.end);

  if (inQuote !== -1) {
    for (let index = inQuote; index >= 0; index--) {
      const range = quoted[index]!;
      const attribution = /^ (he|she|[A-Z]\w*(?: [A-Z]\w*)*) said/.exec(text.slice(range.end));
      if (!attribution) continue;
      const who = attribution[1]!;
      if (who === "he" || who === "she") return subjectBefore(text, range.start, named);
      return people.filter((person) => person.names.includes(who)).map((person) => person.slug);
    }
    return [];
  }

  const lineEnd = text.indexOf("\n", span.end);
  const nextLine = text.slice(lineEnd + 1, text.indexOf("\n", lineEnd + 1) === -1 ? undefined : text.indexOf("\n", lineEnd + 1));
  if (nextLine.startsWith("— ")) {
    return people.filter((person) => person.names.some((name) => nextLine.includes(name))).map((person) => person.slug);
  }

  const clause = text.slice(span.start, span.end);
  if (/^He\b/.test(clause)) return subjectBefore(text, span.start, named);
  const reportingVerb = clause.search(/ (said|say|says|added) /);
  const subject = reportingVerb === -1 ? "" : clause.slice(0, reportingVerb);
  return [...new Set(mentions(subject, people, []).map((mention) => mention.slug))];
}
