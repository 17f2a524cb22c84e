import type {
  ActorKind,
  EventKind,
  EventStatus,
  ParticipantRole,
  StancePosition,
  StatementKind,
  SourceKind,
  StatementRelationKind,
} from "@parley/schema";

// Human labels for the API's enums; a Record per enum so a new enum value fails the type check.

export const eventKindLabel: Record<EventKind, string> = {
  INTERVIEW: "Interview",
  MEETING: "Meeting",
  PRESS_CONFERENCE: "Press conference",
  REFERENDUM: "Referendum",
  SOCIAL_MEDIA_POST: "Social media post",
  SPEECH: "Speech",
  STATEMENT: "Statement",
};

export const eventStatusLabel: Record<EventStatus, string> = {
  CANCELLED: "Cancelled",
  OCCURRED: "Occurred",
  SCHEDULED: "Scheduled",
};

export const participantRoleLabel: Record<ParticipantRole, string> = {
  AUTHOR: "author",
  HOST: "host",
  PARTICIPANT: "participant",
  SPEAKER: "speaker",
  SUBJECT: "subject",
};

export const actorKindLabel: Record<ActorKind, string> = {
  GOVERNMENT_BODY: "Government body",
  GROUP: "Group",
  ORGANIZATION: "Organisation",
  PERSON: "Person",
  SOCIAL_MEDIA_ACCOUNT: "Social media account",
  STATE: "State",
  TERRITORY: "Territory",
};

export const statementKindLabel: Record<StatementKind, string> = {
  DIRECT_QUOTE: "Direct quote",
  PARTIAL_QUOTE: "Partial quote",
  PARAPHRASE: "Paraphrase",
};

export const stancePositionLabel: Record<StancePosition, string> = {
  NEUTRAL: "Neutral on",
  OPPOSES: "Opposes",
  SUPPORTS: "Supports",
};

/** In `relations`: this statement <kind> the other one. */
export const relationLabel: Record<StatementRelationKind, string> = {
  AGREES_WITH: "Agrees with",
  CONTINUES: "Continues",
  CONTRADICTS: "Contradicts",
  RESPONDS_TO: "Responds to",
  RESTATES: "Restates",
};

/** In `relatedBy`: the other statement <kind> this one, so the label reads the other way. */
export const inverseRelationLabel: Record<StatementRelationKind, string> = {
  AGREES_WITH: "Agreed with by",
  CONTINUES: "Continued by",
  CONTRADICTS: "Contradicted by",
  RESPONDS_TO: "Responded to by",
  RESTATES: "Restated by",
};

export const sourceKindLabel: Record<SourceKind, string> = {
  ARTICLE: "Article",
  OFFICIAL_DOCUMENT: "Official document",
  PRESS_RELEASE: "Press release",
  SOCIAL_MEDIA_POST: "Social media post",
  TRANSCRIPT: "Transcript",
};
