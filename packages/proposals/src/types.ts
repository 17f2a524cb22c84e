/** A half-open span `[start, end)` of the text, in UTF-16 indices (JavaScript string indices). */
export interface TextSpan {
  start: number;
  end: number;
}

export type ProposedKind = "DIRECT_QUOTE" | "PARTIAL_QUOTE" | "PARAPHRASE";

/** One statement the text seems to report, for a person to confirm. */
export interface StatementProposal {
  kind: ProposedKind;
  excerpt: TextSpan;
  /** The text at `excerpt`. */
  text: string;
  /** The fullest name the text gives; a spokesperson's organisation; a post's display name; null when anonymous. */
  speakerName: string | null;
  /** Every form the text uses for that speaker ("Ms Berg", "the foreign minister", "@berg_anna"). */
  speakerMentions: string[];
  /** The attribution words ("she said"), when there are any. */
  cue: TextSpan | null;
  /** 0..1: how sure the rules that made it are. */
  confidence: number;
  /** Index, in the same list, of the proposal this one continues (a quote broken by its cue, or carried on). */
  continues?: number;
}

/** An actor the caller knows, with the names sources use for it. */
export interface KnownActor {
  slug: string;
  name: string;
  names: string[];
}
