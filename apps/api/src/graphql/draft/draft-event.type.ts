import { DateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { DraftReferences } from "../../services/drafts/read";
import type { DraftEventData, DraftParticipantData } from "../../services/drafts/review";
import { Actor } from "../actor/actor.type";
import { EventKind, EventStatus, ParticipantRole, TimePrecision } from "../enums";

@ObjectType({
  simpleResolvers: true,
  description: "An actor taking part in a draft's new event: an existing actor, or a new one of the draft.",
})
export class DraftParticipant {
  @Field(() => Actor, { nullable: true })
  actor: Actor | null;

  @Field(() => String, { nullable: true, description: "The key of a new actor of the draft." })
  newActor: string | null;

  @Field(() => ParticipantRole)
  role: ParticipantRole;

  constructor(data: DraftParticipantData, references: DraftReferences) {
    const row = data.actor === null ? undefined : references.actors.get(data.actor);
    this.actor = row ? new Actor(row) : null;
    this.newActor = data.newActor;
    this.role = data.role;
  }
}

@ObjectType({
  simpleResolvers: true,
  description:
    "An event publishing the draft will create. Its start is `day` (and `time`, for precisions finer than DAY) in `timeZone`; the speakers of its accepted statements become its participants too.",
})
export class DraftEvent {
  @Field({ description: "The draft's own name for it: statements refer to it by `newEvent`." })
  key: string;

  @Field()
  title: string;

  @Field(() => EventKind)
  kind: EventKind;

  @Field(() => DateResolver, { description: "The local day it happened (or is due) on." })
  day: Date;

  @Field(() => String, { nullable: true, description: "The local time of day, HH:MM or HH:MM:SS; null with DAY precision." })
  time: string | null;

  @Field(() => TimePrecision)
  timePrecision: TimePrecision;

  @Field({ description: 'IANA time zone of the place ("Europe/London").' })
  timeZone: string;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => EventStatus)
  status: EventStatus;

  @Field(() => [DraftParticipant])
  participants: DraftParticipant[];

  constructor(data: DraftEventData, references: DraftReferences) {
    this.key = data.key;
    this.title = data.title;
    this.kind = data.kind;
    this.day = new Date(`${data.day}T00:00:00.000Z`);
    this.time = data.time;
    this.timePrecision = data.timePrecision;
    this.timeZone = data.timeZone;
    this.place = data.place;
    this.status = data.status;
    this.participants = data.participants.map((participant) => new DraftParticipant(participant, references));
  }
}
