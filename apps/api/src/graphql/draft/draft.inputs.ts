import { DateResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import {
  ActorKind,
  DraftDecision,
  EventKind,
  EventStatus,
  ParticipantRole,
  SourceKind,
  StancePosition,
  StatementKind,
  TimePrecision,
} from "../enums";
import { ExcerptInput } from "../writes/excerpt.input";

@InputType({ description: "A new draft: an article's text exactly as received (no markup), and its metadata." })
export class CreateDraftInput {
  @Field({
    description:
      "The text exactly as received: line breaks (CRLF too) and every character kept. HTML is reduced to text before it is sent.",
  })
  text!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: "Where it was published, where known; never invented." })
  url?: string | null;

  @Field(() => DateResolver)
  publishedOn!: Date;

  @Field({ description: 'BCP 47 tag of the text\'s language ("en").' })
  language!: string;

  @Field(() => SourceKind)
  kind!: SourceKind;
}

@InputType({ description: "A position towards a topic, by the topic's slug." })
export class DraftStanceInput {
  @Field()
  topic!: string;

  @Field(() => StancePosition)
  position!: StancePosition;
}

@InputType({
  description:
    "A statement of the draft, by key: a key the draft has changes that statement (the fields given replace theirs; null empties `speaker`, `newSpeaker`, `event`, `newEvent` and `continues`), a new key adds a statement (origin ADDED, ACCEPTED unless `decision` says otherwise), which needs `kind` and `excerpt`. A new `excerpt` without `text` takes the draft's text there as the statement's text.",
})
export class DraftStatementInput {
  @Field()
  key!: string;

  @Field(() => DraftDecision, { nullable: true })
  decision?: DraftDecision | null;

  @Field(() => StatementKind, { nullable: true })
  kind?: StatementKind | null;

  @Field(() => ExcerptInput, { nullable: true, description: "Where in the draft's text: a span, or the exact words." })
  excerpt?: ExcerptInput | null;

  @Field(() => String, { nullable: true, description: "A DIRECT_QUOTE's must be the draft's text at its excerpt, exactly." })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "An existing actor's slug; giving it clears `newSpeaker`." })
  speaker?: string | null;

  @Field(() => String, { nullable: true, description: "The key of a new actor of the draft; giving it clears `speaker`." })
  newSpeaker?: string | null;

  @Field(() => String, { nullable: true, description: "An existing event's slug; giving it clears `newEvent`." })
  event?: string | null;

  @Field(() => String, { nullable: true, description: "The key of a new event of the draft; giving it clears `event`." })
  newEvent?: string | null;

  @Field(() => [String], { nullable: true, description: "Slugs of existing topics; replaces them all." })
  topics?: string[] | null;

  @Field(() => [DraftStanceInput], { nullable: true, description: "Replaces them all." })
  stances?: DraftStanceInput[] | null;

  @Field(() => String, { nullable: true, description: "The key of the statement this one continues." })
  continues?: string | null;
}

@InputType({
  description:
    "A new actor of the draft, by key: a key the draft has changes it (the fields given), a new key adds one (needs `name` and `kind`).",
})
export class DraftActorInput {
  @Field()
  key!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ActorKind, { nullable: true })
  kind?: ActorKind | null;

  @Field(() => [String], { nullable: true, description: "The names the text uses for it; replaces them all." })
  names?: string[] | null;
}

@InputType({
  description: "An actor taking part in a draft's new event: `actor` (an existing actor's slug) or `newActor` (a new actor's key).",
})
export class DraftParticipantInput {
  @Field(() => String, { nullable: true })
  actor?: string | null;

  @Field(() => String, { nullable: true })
  newActor?: string | null;

  @Field(() => ParticipantRole)
  role!: ParticipantRole;
}

@InputType({
  description:
    "A new event of the draft, by key: a key the draft has changes it (the fields given; null empties `time` and `place`), a new key adds one (needs `title`, `kind`, `day`, `timePrecision`, `timeZone` and `status`). `time` is given exactly when the precision is finer than DAY.",
})
export class DraftEventInput {
  @Field()
  key!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind | null;

  @Field(() => DateResolver, { nullable: true, description: "The local day." })
  day?: Date | null;

  @Field(() => String, { nullable: true, description: "The local time of day, HH:MM or HH:MM:SS." })
  time?: string | null;

  @Field(() => TimePrecision, { nullable: true })
  timePrecision?: TimePrecision | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone ("Europe/London").' })
  timeZone?: string | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => EventStatus, { nullable: true })
  status?: EventStatus | null;

  @Field(() => [DraftParticipantInput], { nullable: true, description: "Replaces them all." })
  participants?: DraftParticipantInput[] | null;
}

@InputType({
  description:
    "Changes to an open draft, sent with the version they were made to (else CONFLICT, and nothing changes). The metadata given replaces its own; statements, actors and events given are changed or added by key, and those named in `remove…` removed. The draft is checked whole: spans inside its text, keys unique, references resolvable.",
})
export class UpdateDraftInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => DateResolver, { nullable: true })
  publishedOn?: Date | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => SourceKind, { nullable: true })
  kind?: SourceKind | null;

  @Field(() => [DraftStatementInput], { nullable: true })
  statements?: DraftStatementInput[] | null;

  @Field(() => [String], { nullable: true, description: "Keys of statements to remove." })
  removeStatements?: string[] | null;

  @Field(() => [DraftActorInput], { nullable: true })
  actors?: DraftActorInput[] | null;

  @Field(() => [String], { nullable: true, description: "Keys of new actors to remove; nothing may still refer to them." })
  removeActors?: string[] | null;

  @Field(() => [DraftEventInput], { nullable: true })
  events?: DraftEventInput[] | null;

  @Field(() => [String], { nullable: true, description: "Keys of new events to remove; nothing may still refer to them." })
  removeEvents?: string[] | null;
}

@InputType({ description: "A draft, by id, at the version read." })
export class DraftRefInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class PublishDraftInput extends DraftRefInput {}

@InputType()
export class DeleteDraftInput extends DraftRefInput {}
