import { registerEnumType } from "type-graphql";
import * as enums from "../enums";

// Publishes every domain enum (../enums) in the schema under its own name,
// with the descriptions below.
export * from "../enums";

type Enums = typeof enums;
type Published<Name extends keyof Enums> = Omit<Parameters<typeof registerEnumType<Enums[Name]>>[1], "name">;

const published: { [Name in keyof Enums]?: Published<Name> } = {
  ActorTieKind: { description: "How an actor is tied to another: `actor HOLDS_OFFICE_IN relatedActor`, and so on." },
  TimePrecision: { description: "How precisely a time is known; a DAY-precise time is the start of that day in its time zone." },
  EventStatus: { description: "An event's status as of its sources." },
  StatementKind: {
    valuesConfig: {
      DIRECT_QUOTE: { description: "The speaker's words, character for character the source's text at its excerpt." },
      PARTIAL_QUOTE: { description: "Reported speech quoting some of the speaker's words; the clause that reports the speaker." },
      PARAPHRASE: { description: "The source's own wording of what the speaker said." },
    },
  },
  StatementRelationKind: { description: "How one statement relates to another: `statement CONTRADICTS other`, and so on." },
  TokenScope: {
    valuesConfig: { WRITE: { description: "Writes records." }, ADMIN: { description: "Writes records and manages tokens." } },
  },
  DraftStatus: {
    valuesConfig: { OPEN: { description: "Under review; editable." }, PUBLISHED: { description: "Published as a source; read-only." } },
  },
  DraftStatementOrigin: {
    valuesConfig: { PROPOSED: { description: "Proposed from the text by the API." }, ADDED: { description: "Added by a reviewer." } },
  },
  DraftDecision: { description: "A reviewer's decision on a draft's statement: only ACCEPTED ones are published." },
};

function publish<Name extends keyof Enums>(name: Name): void {
  registerEnumType(enums[name], { name, ...published[name] });
}

for (const name of Object.keys(enums) as (keyof Enums)[]) publish(name);
