import { matchSpeaker, proposeStatements, type StatementProposal, type TextSpan } from "@parley/proposals";
import type { Article, TruthStatement } from "./articles";

export const TARGETS = { directF1: 0.95, speakers: 0.95, reportedRecall: 0.75 } as const;

export interface Score {
  article: string;
  holdout: boolean;
  direct: { truth: number; proposed: number; exact: number; precision: number; recall: number; f1: number };
  speakers: { checked: number; correct: number; accuracy: number };
  reported: { truth: number; proposed: number; matched: number; precision: number; recall: number };
  milliseconds: number;
  /** What was missed or wrong, for a person to read. */
  misses: string[];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

/** A direct quote's span compared without trailing `,;:` and white space. */
function trimmed(text: string, span: TextSpan): string {
  let end = span.end;
  while (end > span.start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return `${span.start}:${end}`;
}

/** Two spans overlap by half when their common part is at least half the longer one. */
export function overlapsByHalf(a: TextSpan, b: TextSpan): boolean {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return common > 0 && common >= Math.max(a.end - a.start, b.end - b.start) / 2;
}

const normaliseName = (name: string | null): string =>
  (name ?? "(anonymous)")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

/** The truth's speaker, said as the proposal says it: an actor's slug for the shipped article, a name otherwise. */
function speakerOf(article: Article, proposal: StatementProposal): string {
  if (!article.actors) return normaliseName(proposal.speakerName);
  return matchSpeaker(proposal, article.actors)?.slug ?? normaliseName(proposal.speakerName);
}

const expectedSpeaker = (article: Article, truth: TruthStatement): string =>
  article.actors ? (truth.speaker ?? "") : normaliseName(truth.speaker);

const isReported = (kind: string): boolean => kind === "PARTIAL_QUOTE" || kind === "PARAPHRASE";

/** Proposes an article's statements and scores them against its truth. */
export function scoreArticle(article: Article): Score {
  const started = process.hrtime.bigint();
  const proposals = proposeStatements(article.text);
  const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
  const misses: string[] = [];
  const quote = (span: TextSpan) => JSON.stringify(article.text.slice(span.start, span.end).slice(0, 80));

  const truthDirect = article.truth.filter((statement) => statement.kind === "DIRECT_QUOTE");
  const proposedDirect = proposals.filter((proposal) => proposal.kind === "DIRECT_QUOTE");
  // Words two people said together are a statement for each: a span can hold several proposals, matched one to one.
  const byKey = new Map<string, StatementProposal[]>();
  for (const proposal of proposedDirect) {
    const key = trimmed(article.text, proposal.excerpt);
    byKey.set(key, [...(byKey.get(key) ?? []), proposal]);
  }
  const usedDirect = new Set<StatementProposal>();
  let exact = 0;
  let correct = 0;
  for (const statement of truthDirect) {
    const candidates = (byKey.get(trimmed(article.text, statement.span)) ?? []).filter((proposal) => !usedDirect.has(proposal));
    const found = candidates.find((proposal) => speakerOf(article, proposal) === expectedSpeaker(article, statement)) ?? candidates[0];
    if (!found) {
      misses.push(`direct quote missed: ${quote(statement.span)}`);
      continue;
    }
    usedDirect.add(found);
    exact++;
    const said = speakerOf(article, found);
    if (said === expectedSpeaker(article, statement)) correct++;
    else misses.push(`speaker of ${quote(statement.span)}: ${said}, not ${expectedSpeaker(article, statement)}`);
  }
  for (const proposal of proposedDirect) {
    if (!usedDirect.has(proposal)) misses.push(`direct quote not in the truth: ${quote(proposal.excerpt)}`);
  }

  const truthReported = article.truth.filter((statement) => isReported(statement.kind));
  const proposedReported = proposals.filter((proposal) => isReported(proposal.kind));
  const used = new Set<StatementProposal>();
  for (const statement of truthReported) {
    const candidates = proposedReported.filter((proposal) => !used.has(proposal) && overlapsByHalf(proposal.excerpt, statement.span));
    const match = candidates.find((proposal) => speakerOf(article, proposal) === expectedSpeaker(article, statement)) ?? candidates[0];
    if (match) used.add(match);
    else misses.push(`reported speech missed: ${quote(statement.span)}`);
  }
  for (const proposal of proposedReported)
    if (!used.has(proposal)) misses.push(`reported speech not in the truth: ${quote(proposal.excerpt)}`);

  const precision = ratio(exact, proposedDirect.length);
  const recall = ratio(exact, truthDirect.length);
  return {
    article: article.name,
    holdout: article.holdout,
    direct: {
      truth: truthDirect.length,
      proposed: proposedDirect.length,
      exact,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    },
    speakers: { checked: exact, correct, accuracy: ratio(correct, exact) },
    reported: {
      truth: truthReported.length,
      proposed: proposedReported.length,
      matched: used.size,
      precision: ratio(used.size, proposedReported.length),
      recall: ratio(used.size, truthReported.length),
    },
    milliseconds,
    misses,
  };
}

/** The targets a score misses, in words; empty when it meets them all. */
export function missedTargets(score: Score): string[] {
  const missed: string[] = [];
  if (score.direct.f1 < TARGETS.directF1) missed.push(`direct quotes F1 ${percent(score.direct.f1)} < ${percent(TARGETS.directF1)}`);
  if (score.speakers.accuracy < TARGETS.speakers)
    missed.push(`speakers ${percent(score.speakers.accuracy)} < ${percent(TARGETS.speakers)}`);
  if (score.reported.recall < TARGETS.reportedRecall)
    missed.push(`reported speech recall ${percent(score.reported.recall)} < ${percent(TARGETS.reportedRecall)}`);
  return missed;
}

export const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
