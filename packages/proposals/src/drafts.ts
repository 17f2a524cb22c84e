import type { Entity } from "./entities";
import type { SpeakerPhrase } from "./phrase-words";
import type { ProposedKind, StatementProposal, TextSpan } from "./types";

/** A statement found, before it is written out as proposals. */
export interface Draft {
  kind: ProposedKind;
  excerpt: TextSpan;
  /** Who says it; a group's words are each member's. */
  speaker: Entity | null;
  cue: TextSpan | null;
  confidence: number;
  continues?: Draft;
}

// How sure each rule is: a named cue beats a role, a role a pronoun, a pronoun a quote carried on without one.
export const CONFIDENCE = { name: 0.95, organisation: 0.9, role: 0.85, pronoun: 0.8, carriedOn: 0.75, guessed: 0.45 } as const;

export const speakerConfidence = (phrase: SpeakerPhrase, entity: Entity | null): number =>
  entity === null && phrase.kind !== "role" ? CONFIDENCE.guessed : CONFIDENCE[phrase.kind === "name" ? "name" : phrase.kind];

function proposalOf(text: string, draft: Draft, speaker: Entity | null): StatementProposal {
  return {
    kind: draft.kind,
    excerpt: { ...draft.excerpt },
    text: text.slice(draft.excerpt.start, draft.excerpt.end),
    speakerName: speaker?.name ?? null,
    speakerMentions: speaker && speaker.kind !== "anonymous" ? [...speaker.mentions] : [],
    cue: draft.cue ? { ...draft.cue } : null,
    confidence: Math.round(draft.confidence * 100) / 100,
  };
}

/** The drafts as proposals in text order; words said together ("they said") are one proposal per speaker. */
export function toProposals(text: string, drafts: Draft[]): StatementProposal[] {
  const ordered = drafts
    .map((draft, order) => ({ draft, order }))
    .sort((a, b) => a.draft.excerpt.start - b.draft.excerpt.start || a.order - b.order)
    .map(({ draft }) => draft);
  const proposals: StatementProposal[] = [];
  const firstIndex = new Map<Draft, number>();
  for (const draft of ordered) {
    firstIndex.set(draft, proposals.length);
    for (const speaker of draft.speaker?.members ?? [draft.speaker]) proposals.push(proposalOf(text, draft, speaker));
  }
  for (const draft of ordered) {
    if (!draft.continues) continue;
    const first = firstIndex.get(draft)!;
    const count = draft.speaker?.members?.length ?? 1;
    for (let index = first; index < first + count; index++) proposals[index]!.continues = firstIndex.get(draft.continues)!;
  }
  return proposals;
}
