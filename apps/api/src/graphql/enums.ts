import { registerEnumType } from "type-graphql";
import {
  SourceKind,
  ActorKind,
  ActorTieKind,
  EventKind,
  TimePrecision,
  EventStatus,
  ParticipantRole,
  StatementKind,
  StancePosition,
  StatementRelationKind,
  TokenScope,
  ChangeOperation,
  DraftStatus,
  DraftStatementOrigin,
  DraftDecision,
} from "../enums";

// Publishes the domain's enums in the schema, with their descriptions.
export {
  SourceKind,
  ActorKind,
  ActorTieKind,
  EventKind,
  TimePrecision,
  EventStatus,
  ParticipantRole,
  StatementKind,
  StancePosition,
  StatementRelationKind,
  TokenScope,
  ChangeOperation,
  DraftStatus,
  DraftStatementOrigin,
  DraftDecision,
};

registerEnumType(SourceKind, { name: "SourceKind" });
registerEnumType(ActorKind, { name: "ActorKind" });
registerEnumType(ActorTieKind, {
  name: "ActorTieKind",
  description: "How an actor is tied to another: `actor HOLDS_OFFICE_IN relatedActor`, and so on.",
});
registerEnumType(EventKind, { name: "EventKind" });
registerEnumType(TimePrecision, {
  name: "TimePrecision",
  description: "How precisely a time is known; a DAY-precise time is the start of that day in its time zone.",
});
registerEnumType(EventStatus, { name: "EventStatus", description: "An event's status as of its sources." });
registerEnumType(ParticipantRole, { name: "ParticipantRole" });
registerEnumType(StatementKind, {
  name: "StatementKind",
  valuesConfig: {
    DIRECT_QUOTE: { description: "The speaker's words, character for character the source's text at its excerpt." },
    PARTIAL_QUOTE: { description: "Reported speech quoting some of the speaker's words; the clause that reports the speaker." },
    PARAPHRASE: { description: "The source's own wording of what the speaker said." },
  },
});
registerEnumType(StancePosition, { name: "StancePosition" });
registerEnumType(StatementRelationKind, {
  name: "StatementRelationKind",
  description: "How one statement relates to another: `statement CONTRADICTS other`, and so on.",
});
registerEnumType(TokenScope, {
  name: "TokenScope",
  valuesConfig: { WRITE: { description: "Writes records." }, ADMIN: { description: "Writes records and manages tokens." } },
});
registerEnumType(ChangeOperation, { name: "ChangeOperation" });
registerEnumType(DraftStatus, {
  name: "DraftStatus",
  valuesConfig: { OPEN: { description: "Under review; editable." }, PUBLISHED: { description: "Published as a source; read-only." } },
});
registerEnumType(DraftStatementOrigin, {
  name: "DraftStatementOrigin",
  valuesConfig: { PROPOSED: { description: "Proposed from the text by the API." }, ADDED: { description: "Added by a reviewer." } },
});
registerEnumType(DraftDecision, {
  name: "DraftDecision",
  description: "A reviewer's decision on a draft's statement: only ACCEPTED ones are published.",
});
