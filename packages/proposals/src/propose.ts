import { cueBefore } from "./cues";
import { CONFIDENCE, type Draft, speakerConfidence, toProposals } from "./drafts";
import { Entities, type Entity } from "./entities";
import { isHeadline, type Paragraph, paragraphsOf, pullQuotesOf, sentencesOf } from "./layout";
import { introducePeople } from "./people";
import { findPosts } from "./posts";
import { findQuotations, type Quotation } from "./quotations";
import { readQuotations } from "./quote-reading";
import { reportedClauses } from "./reported-speech";
import { transcriptLine } from "./transcripts";
import type { ProposedKind, StatementProposal, TextSpan } from "./types";
import { maskSpans, trimEnd } from "./words";

const REPORTED_CONFIDENCE = { PARTIAL_QUOTE: 0.8, PARAPHRASE: 0.7 } as const;

const known = (speakers: (Entity | null)[]): speakers is Entity[] => speakers.every((speaker) => speaker !== null);

/** What the text is made of: its paragraphs of prose, posts, quotations and sentences. */
function layoutOf(text: string) {
  const paragraphs = paragraphsOf(text);
  const posts = findPosts(text, paragraphs);
  const postParts = new Set(posts.flatMap((post) => [post.body.index, post.attribution.index]));
  const prose = paragraphs.filter((paragraph) => !postParts.has(paragraph.index) && !isHeadline(text, paragraph));
  const pulled = pullQuotesOf(text, prose);
  const body = prose.filter((paragraph) => !pulled.has(paragraph));
  const bodyIndexes = new Set(body.map((paragraph) => paragraph.index));
  const quotations = findQuotations(text, paragraphs).filter((quotation) => bodyIndexes.has(quotation.paragraph));
  const masked = maskSpans(
    text,
    quotations.map((quotation) => ({ start: quotation.open + 1, end: quotation.close ?? paragraphs[quotation.paragraph]!.end })),
  );
  const quotationsOf = new Map<number, Quotation[]>();
  for (const quotation of quotations) quotationsOf.set(quotation.paragraph, [...(quotationsOf.get(quotation.paragraph) ?? []), quotation]);
  const sentences = new Map<Paragraph, TextSpan[]>();
  for (const paragraph of body) {
    const own = quotationsOf.get(paragraph.index) ?? [];
    const inside = (at: number) => own.some((quotation) => quotation.open < at && at < (quotation.close ?? paragraph.end));
    sentences.set(paragraph, sentencesOf(text, paragraph, inside));
  }
  return { paragraphs, posts, body, bodyIndexes, quotationsOf, masked, sentences };
}

/** Proposes the statements an article reports, in text order: pure, deterministic, offline. */
export function proposeStatements(text: string): StatementProposal[] {
  const layout = layoutOf(text);
  const entities = new Entities();
  const firstNamed = introducePeople(text, layout.masked, [...layout.sentences.values()].flat(), entities);
  const drafts: Draft[] = [];
  let lastDirect: { draft: Draft; paragraph: number; openEnded: boolean } | null = null;
  let previousBody: Paragraph | null = null;

  for (const paragraph of layout.paragraphs) {
    const post = layout.posts.find((candidate) => candidate.body === paragraph);
    if (post) {
      const author = entities.account(post.displayName, post.handle, post.cue.start);
      drafts.push({ kind: "DIRECT_QUOTE", excerpt: post.excerpt, speaker: author, cue: post.cue, confidence: CONFIDENCE.organisation });
      continue;
    }
    if (!layout.bodyIndexes.has(paragraph.index)) continue;
    const line = layout.quotationsOf.has(paragraph.index) ? null : transcriptLine(text, paragraph, (name) => !!entities.personNamed(name));
    if (line) {
      const speaker = entities.resolve(line.phrase, line.label.start);
      const confidence = speakerConfidence(line.phrase, speaker);
      drafts.push({ kind: "DIRECT_QUOTE", excerpt: trimEnd(text, line.words, /\s/), speaker, cue: line.label, confidence });
      previousBody = paragraph;
      continue;
    }
    for (const sentence of layout.sentences.get(paragraph)!) {
      const first = firstNamed.get(sentence);
      if (first) entities.noteSubject(first.entity, first.at);
      const own = layout.quotationsOf.get(paragraph.index) ?? [];
      const inSentence = own.filter((quotation) => quotation.open >= sentence.start && quotation.open < sentence.end);
      const readings = readQuotations(text, layout.masked, sentence, inSentence);
      const cues = readings.flatMap((reading) => (reading.cue ? [reading.cue.span] : []));
      const fragments = readings.filter((reading) => reading.role === "fragment").map((reading) => reading.quotation);
      drafts.push(...reportedDrafts(text, layout.masked, sentence, cues, fragments, entities));

      for (const reading of readings.filter((candidate) => candidate.role === "direct")) {
        const quotation = reading.quotation;
        const excerpt = trimEnd(text, quotation.inner, /[\s,;:]/);
        const draft: Draft = {
          kind: "DIRECT_QUOTE",
          excerpt,
          speaker: null,
          cue: reading.cue?.span ?? null,
          confidence: CONFIDENCE.guessed,
        };
        const previousParagraphCue =
          reading.cue === null && previousBody && startsParagraph(text, paragraph, quotation) ? colonCue(text, layout, previousBody) : null;
        const cue = reading.cue ?? previousParagraphCue;
        const carriedOn =
          lastDirect !== null &&
          drafts.at(-1) === lastDirect.draft &&
          (lastDirect.paragraph === paragraph.index || lastDirect.paragraph === previousBody?.index);
        if (cue) {
          // "“…,” Kerry and Lavrov said": the words are each speaker's, with one span.
          const speakers = cue.subjects.map((phrase) => entities.resolve(phrase, phrase.span.start));
          draft.speaker = speakers.length > 1 && known(speakers) ? entities.together(speakers, cue.span.end) : (speakers[0] ?? null);
          draft.cue = cue.span;
          draft.confidence = speakerConfidence(cue.subjects[0]!, speakers[0] ?? null) - (previousParagraphCue ? 0.05 : 0);
        } else if (carriedOn) {
          draft.speaker = lastDirect!.draft.speaker;
          draft.confidence = CONFIDENCE.carriedOn;
        } else {
          draft.speaker = entities.resolve({ kind: "pronoun", span: excerpt, surface: "", plural: false }, quotation.open);
        }
        if (carriedOn && draft.speaker !== null && draft.speaker === lastDirect!.draft.speaker) draft.continues = lastDirect!.draft;
        drafts.push(draft);
        lastDirect = { draft, paragraph: paragraph.index, openEnded: quotation.close === null };
      }
    }
    previousBody = paragraph;
  }
  return toProposals(text, drafts);
}

const startsParagraph = (text: string, paragraph: Paragraph, quotation: Quotation): boolean =>
  text.slice(paragraph.start, quotation.open).trim() === "";

/** "She said:" ending the paragraph before a quotation is its cue. */
function colonCue(text: string, layout: ReturnType<typeof layoutOf>, paragraph: Paragraph) {
  if (!text.slice(paragraph.start, paragraph.end).endsWith(":")) return null;
  const last = layout.sentences.get(paragraph)?.at(-1);
  return last ? cueBefore(text, layout.masked, last.start, last.end) : null;
}

/** The sentence's reported-speech clauses, one proposal per speaker; a clause ends where another speaker's begins. */
function reportedDrafts(
  text: string,
  masked: string,
  sentence: TextSpan,
  cues: TextSpan[],
  fragments: Quotation[],
  entities: Entities,
): Draft[] {
  const drafts: Draft[] = [];
  let previous: { drafts: Draft[]; speakers: (Entity | null)[] } | null = null;
  for (const clause of reportedClauses(text, masked, sentence, cues)) {
    const speakers = clause.subjects.map((phrase) => entities.resolve(phrase, phrase.span.start));
    if (previous && speakers.every((speaker, index) => speaker !== null && speaker === previous!.speakers[index])) continue;
    // "Holt and Vandermeer both said …": each gets a proposal, and later "they" are both.
    if (speakers.length > 1 && known(speakers)) entities.together(speakers, clause.cue.end);
    if (previous) for (const draft of previous.drafts) draft.excerpt = trimEnd(text, { start: draft.excerpt.start, end: clause.joinedAt });
    const made = clause.subjects.map((phrase, index) => ({
      kind: "PARAPHRASE" as ProposedKind,
      excerpt: clause.span,
      speaker: speakers[index] ?? null,
      cue: clause.cue,
      confidence: speakerConfidence(phrase, speakers[index] ?? null),
    }));
    drafts.push(...made);
    previous = { drafts: made, speakers };
  }
  for (const draft of drafts) {
    const quotes = fragments.some((fragment) => fragment.inner.start >= draft.excerpt.start && fragment.inner.end <= draft.excerpt.end);
    draft.kind = quotes ? "PARTIAL_QUOTE" : "PARAPHRASE";
    draft.confidence = Math.min(draft.confidence, REPORTED_CONFIDENCE[draft.kind]) - (draft.confidence < CONFIDENCE.role ? 0.1 : 0);
  }
  return drafts;
}
