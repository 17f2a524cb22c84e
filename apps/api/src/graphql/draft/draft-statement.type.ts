import { Field, Float, ObjectType } from "type-graphql";
import type { DraftStatementData } from "../../services/drafts/review";
import type { DraftReferences } from "../../services/drafts/read";
import { Actor } from "../actor/actor.type";
import { DraftDecision, DraftStatementOrigin, StancePosition, StatementKind } from "../enums";
import { Event } from "../event/event.type";
import { TextSpan } from "../source/text-span.type";
import { Topic } from "../topic/topic.type";

@ObjectType({ simpleResolvers: true, description: "A draft statement's position towards a topic." })
export class DraftStance {
  @Field(() => Topic)
  topic: Topic;

  @Field(() => StancePosition)
  position: StancePosition;

  constructor(topic: Topic, position: StancePosition) {
    this.topic = topic;
    this.position = position;
  }
}

@ObjectType({
  simpleResolvers: true,
  description: "A statement under review in a draft: proposed from its text, or added by a reviewer. Only ACCEPTED ones are published.",
})
export class DraftStatement {
  @Field({
    description: "The draft's own name for it, stable across edits: what updates and refusals (`statements[KEY].field`) name it by.",
  })
  key: string;

  @Field(() => DraftStatementOrigin)
  origin: DraftStatementOrigin;

  @Field(() => DraftDecision)
  decision: DraftDecision;

  @Field(() => StatementKind)
  kind: StatementKind;

  @Field(() => TextSpan, { description: "[start, end) in the draft's text, UTF-16 indices." })
  excerpt: TextSpan;

  @Field({ description: "The statement's text: a DIRECT_QUOTE's is the draft's text at its excerpt, exactly." })
  text: string;

  @Field(() => Actor, { nullable: true, description: "The existing actor who said it, if it is one." })
  speaker: Actor | null;

  @Field(() => String, { nullable: true, description: "Or the key of a new actor of this draft (`Draft.actors`) who said it." })
  newSpeaker: string | null;

  @Field(() => String, { nullable: true, description: "The name the text gives the speaker, as proposed; null when anonymous or added." })
  speakerName: string | null;

  @Field(() => Event, { nullable: true, description: "The existing event it was made at, if it is one." })
  event: Event | null;

  @Field(() => String, { nullable: true, description: "Or the key of a new event of this draft (`Draft.events`)." })
  newEvent: string | null;

  @Field(() => [Topic])
  topics: Topic[];

  @Field(() => [DraftStance])
  stances: DraftStance[];

  @Field(() => String, {
    nullable: true,
    description: "The key of the statement this one continues (a quote broken by its cue): published as CONTINUES.",
  })
  continues: string | null;

  @Field(() => Float, { nullable: true, description: "The proposal's confidence, 0 to 1; null for a statement a reviewer added." })
  confidence: number | null;

  @Field(() => TextSpan, { nullable: true, description: 'The attribution words ("she said"), when the proposal found any.' })
  cue: TextSpan | null;

  constructor(data: DraftStatementData, references: DraftReferences) {
    const actor = data.speaker === null ? undefined : references.actors.get(data.speaker);
    const event = data.event === null ? undefined : references.events.get(data.event);
    const topic = (slug: string) => references.topics.get(slug);
    this.key = data.key;
    this.origin = data.origin;
    this.decision = data.decision;
    this.kind = data.kind;
    this.excerpt = new TextSpan(data.excerpt);
    this.text = data.text;
    this.speaker = actor ? new Actor(actor) : null;
    this.newSpeaker = data.newSpeaker;
    this.speakerName = data.speakerName;
    this.event = event ? new Event(event) : null;
    this.newEvent = data.newEvent;
    this.topics = data.topics.flatMap((slug) => {
      const row = topic(slug);
      return row ? [new Topic(row)] : [];
    });
    this.stances = data.stances.flatMap((stance) => {
      const row = topic(stance.topic);
      return row ? [new DraftStance(new Topic(row), stance.position)] : [];
    });
    this.continues = data.continues;
    this.confidence = data.confidence;
    this.cue = data.cue && new TextSpan(data.cue);
  }
}
