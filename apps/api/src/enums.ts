// The API's enums are declared here rather than taken from Prisma, so that the
// published schema changes only when this file does. A value the database
// gains and the API lacks fails to compile where rows are mapped. Services
// filter by them; graphql/enums.ts publishes them.

type ValueOf<T> = T[keyof T];

export const SourceKind = {
  ARTICLE: "ARTICLE",
  SOCIAL_MEDIA_POST: "SOCIAL_MEDIA_POST",
  TRANSCRIPT: "TRANSCRIPT",
  PRESS_RELEASE: "PRESS_RELEASE",
  OFFICIAL_DOCUMENT: "OFFICIAL_DOCUMENT",
} as const;
export type SourceKind = ValueOf<typeof SourceKind>;

export const ActorKind = {
  PERSON: "PERSON",
  STATE: "STATE",
  ORGANIZATION: "ORGANIZATION",
  GOVERNMENT_BODY: "GOVERNMENT_BODY",
  SOCIAL_MEDIA_ACCOUNT: "SOCIAL_MEDIA_ACCOUNT",
  TERRITORY: "TERRITORY",
  GROUP: "GROUP",
} as const;
export type ActorKind = ValueOf<typeof ActorKind>;

export const ActorTieKind = {
  HOLDS_OFFICE_IN: "HOLDS_OFFICE_IN",
  SPEAKS_FOR: "SPEAKS_FOR",
  OPERATES_ACCOUNT: "OPERATES_ACCOUNT",
  MEMBER_OF: "MEMBER_OF",
  PART_OF: "PART_OF",
} as const;
export type ActorTieKind = ValueOf<typeof ActorTieKind>;

export const EventKind = {
  MEETING: "MEETING",
  PRESS_CONFERENCE: "PRESS_CONFERENCE",
  SOCIAL_MEDIA_POST: "SOCIAL_MEDIA_POST",
  STATEMENT: "STATEMENT",
  REFERENDUM: "REFERENDUM",
  INTERVIEW: "INTERVIEW",
  SPEECH: "SPEECH",
} as const;
export type EventKind = ValueOf<typeof EventKind>;

export const TimePrecision = { DAY: "DAY", HOUR: "HOUR", MINUTE: "MINUTE", SECOND: "SECOND" } as const;
export type TimePrecision = ValueOf<typeof TimePrecision>;

export const EventStatus = { SCHEDULED: "SCHEDULED", OCCURRED: "OCCURRED", CANCELLED: "CANCELLED" } as const;
export type EventStatus = ValueOf<typeof EventStatus>;

export const ParticipantRole = {
  PARTICIPANT: "PARTICIPANT",
  SPEAKER: "SPEAKER",
  AUTHOR: "AUTHOR",
  HOST: "HOST",
  SUBJECT: "SUBJECT",
} as const;
export type ParticipantRole = ValueOf<typeof ParticipantRole>;

export const StatementKind = {
  DIRECT_QUOTE: "DIRECT_QUOTE",
  PARTIAL_QUOTE: "PARTIAL_QUOTE",
  PARAPHRASE: "PARAPHRASE",
} as const;
export type StatementKind = ValueOf<typeof StatementKind>;

export const StancePosition = { SUPPORTS: "SUPPORTS", OPPOSES: "OPPOSES", NEUTRAL: "NEUTRAL" } as const;
export type StancePosition = ValueOf<typeof StancePosition>;

export const StatementRelationKind = {
  RESPONDS_TO: "RESPONDS_TO",
  CONTRADICTS: "CONTRADICTS",
  AGREES_WITH: "AGREES_WITH",
  RESTATES: "RESTATES",
  CONTINUES: "CONTINUES",
} as const;
export type StatementRelationKind = ValueOf<typeof StatementRelationKind>;

/** What a token may do: WRITE records; ADMIN also manage tokens. */
export const TokenScope = { WRITE: "WRITE", ADMIN: "ADMIN" } as const;
export type TokenScope = ValueOf<typeof TokenScope>;

/** What a change did to a row. */
export const ChangeOperation = { INSERT: "INSERT", UPDATE: "UPDATE", DELETE: "DELETE" } as const;
export type ChangeOperation = ValueOf<typeof ChangeOperation>;

export const DraftStatus = { OPEN: "OPEN", PUBLISHED: "PUBLISHED" } as const;
export type DraftStatus = ValueOf<typeof DraftStatus>;

/** Where a draft's statement came from: the proposals the API made from the text, or the reviewer. */
export const DraftStatementOrigin = { PROPOSED: "PROPOSED", ADDED: "ADDED" } as const;
export type DraftStatementOrigin = ValueOf<typeof DraftStatementOrigin>;

export const DraftDecision = { PENDING: "PENDING", ACCEPTED: "ACCEPTED", REJECTED: "REJECTED" } as const;
export type DraftDecision = ValueOf<typeof DraftDecision>;
