import type {
  ActorKind,
  ActorTieKind,
  EventKind,
  EventStatus,
  ParticipantRole,
  SourceKind,
  StancePosition,
  StatementKind,
  StatementRelationKind,
  TimePrecision,
} from "../../generated/client/enums";

/**
 * A place in a source's text, found by searching rather than typed as offsets:
 * the exact `text`, looked for after the first occurrence of `after` when
 * given. Without `after`, `text` must occur exactly once.
 */
export interface TextLocator {
  text: string;
  after?: string;
}

/** Identifies a tie: its two actors (by slug) and its kind. */
export interface TieKey {
  actor: string;
  kind: ActorTieKind;
  relatedActor: string;
}

/** A dataset: one source and everything read from it, keyed by slugs. */
export interface Dataset {
  source: {
    slug: string;
    kind: SourceKind;
    title: string;
    publisher?: string;
    url?: string;
    /** ISO date, YYYY-MM-DD. */
    publishedOn: string;
    language: string;
    /** File name under prisma/data; the text is stored exactly as read. */
    file: string;
  };
  topics: { slug: string; name: string; description?: string }[];
  actors: { slug: string; name: string; kind: ActorKind; description?: string; names: string[] }[];
  ties: (TieKey & {
    title?: string;
    /** ISO dates; the interval over which the sources attest the tie. */
    validFrom?: string;
    validTo?: string;
    attestedBy: TextLocator;
  })[];
  events: {
    slug: string;
    title: string;
    kind: EventKind;
    summary: string;
    /** ISO 8601 instant in UTC; with DAY precision, the start of the local day. */
    startsAt: string;
    timePrecision: TimePrecision;
    timeZone: string;
    orderInDay: number;
    place?: string;
    status: EventStatus;
    participants: { actor: string; role: ParticipantRole }[];
    topics: string[];
    reportedBy: TextLocator[];
  }[];
  /** The tie that gives the capacity a speaker spoke in, for every statement of theirs in the dataset. */
  capacities: { speaker: string; tie: TieKey }[];
  statements: {
    slug: string;
    kind: StatementKind;
    speaker: string;
    event: string;
    /** The statement's text is its source's text at `excerpt`. */
    excerpt: TextLocator;
    topics: string[];
    stances: { topic: string; position: StancePosition; basis?: TextLocator }[];
  }[];
  relations: { from: string; kind: StatementRelationKind; to: string; basis?: TextLocator }[];
}
