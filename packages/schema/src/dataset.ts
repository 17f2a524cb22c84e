/**
 * A dataset file, as `dataset.schema.json` (beside this package's
 * schema.graphql) describes it: written to match that schema, which is what
 * `npm run import` checks a file against. Records refer to each other by slug.
 */
export interface DatasetFile {
  $schema?: string;
  sources?: DatasetSource[];
  topics?: DatasetTopic[];
  actors?: DatasetActor[];
  ties?: DatasetTie[];
  events?: DatasetEvent[];
  statements?: DatasetStatement[];
  relations?: DatasetRelation[];
}

/** A place in a source's text, by the exact text it holds (`occurrence` 1-based, or the first one `after` a text that occurs once)... */
export interface DatasetTextLocator {
  source: string;
  text: string;
  occurrence?: number;
  after?: string;
}

/** ...or as a half-open span [start, end) of JavaScript string (UTF-16) indices. */
export interface DatasetSpanLocator {
  source: string;
  start: number;
  end: number;
}

export type DatasetLocator = DatasetTextLocator | DatasetSpanLocator;

export type DatasetTimePrecision = "DAY" | "HOUR" | "MINUTE" | "SECOND";

export interface DatasetSource {
  slug: string;
  kind: "ARTICLE" | "SOCIAL_MEDIA_POST" | "TRANSCRIPT" | "PRESS_RELEASE" | "OFFICIAL_DOCUMENT";
  title: string;
  publisher?: string;
  url?: string;
  /** YYYY-MM-DD. */
  publishedOn: string;
  language: string;
  /** The full text, exactly as received. */
  text: string;
}

export interface DatasetTopic {
  slug: string;
  name: string;
  description?: string;
}

export interface DatasetActor {
  slug: string;
  name: string;
  kind: "PERSON" | "STATE" | "ORGANIZATION" | "GOVERNMENT_BODY" | "SOCIAL_MEDIA_ACCOUNT" | "TERRITORY" | "GROUP";
  description?: string;
  names?: string[];
}

export interface DatasetTieKey {
  actor: string;
  kind: "HOLDS_OFFICE_IN" | "SPEAKS_FOR" | "OPERATES_ACCOUNT" | "MEMBER_OF" | "PART_OF";
  relatedActor: string;
}

export interface DatasetTie extends DatasetTieKey {
  title?: string;
  validFrom?: string;
  validTo?: string;
  attestedBy?: DatasetLocator;
}

export interface DatasetEvent {
  slug: string;
  title: string;
  kind: "MEETING" | "PRESS_CONFERENCE" | "SOCIAL_MEDIA_POST" | "STATEMENT" | "REFERENDUM" | "INTERVIEW" | "SPEECH";
  summary?: string;
  /** ISO 8601 instant; with DAY precision, the start of the local day. */
  startsAt: string;
  endsAt?: string;
  timePrecision: DatasetTimePrecision;
  /** IANA time zone. */
  timeZone: string;
  orderInDay: number;
  place?: string;
  status: "SCHEDULED" | "OCCURRED" | "CANCELLED";
  participants?: { actor: string; role: "PARTICIPANT" | "SPEAKER" | "AUTHOR" | "HOST" | "SUBJECT" }[];
  topics?: string[];
  reportedBy?: DatasetLocator[];
}

export interface DatasetStance {
  topic: string;
  position: "SUPPORTS" | "OPPOSES" | "NEUTRAL";
  basis?: DatasetLocator;
}

export interface DatasetStatement {
  slug: string;
  kind: "DIRECT_QUOTE" | "PARTIAL_QUOTE" | "PARAPHRASE";
  speaker: string;
  event?: string;
  /** Defaults to the event's start. */
  saidAt?: string;
  /** Defaults to the event's. */
  timePrecision?: DatasetTimePrecision;
  capacity?: DatasetTieKey;
  excerpt: DatasetLocator;
  /** Defaults to the excerpt's text; a DIRECT_QUOTE's must be exactly that. */
  text?: string;
  topics?: string[];
  stances?: DatasetStance[];
}

export interface DatasetRelation {
  from: string;
  kind: "RESPONDS_TO" | "CONTRADICTS" | "AGREES_WITH" | "RESTATES" | "CONTINUES";
  to: string;
  basis?: DatasetLocator;
}
