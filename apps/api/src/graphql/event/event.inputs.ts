import { DateTimeResolver } from "graphql-scalars";
import { Field, InputType, Int } from "type-graphql";
import { EventKind, EventStatus, ParticipantRole, TimePrecision } from "../enums";
import { VersionedRefInput } from "../writes/versioned-ref.input";

@InputType({ description: "An actor taking part in an event, by slug." })
export class ParticipantInput {
  @Field()
  actor!: string;

  @Field(() => ParticipantRole)
  role!: ParticipantRole;
}

@InputType()
export class CreateEventInput {
  @Field()
  slug!: string;

  @Field()
  title!: string;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => DateTimeResolver)
  startsAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: "Not before `startsAt`." })
  endsAt?: Date | null;

  @Field(() => TimePrecision)
  timePrecision!: TimePrecision;

  @Field({ description: 'IANA time zone of the place ("Europe/London").' })
  timeZone!: string;

  @Field(() => Int, { nullable: true, description: "1-based order among the events of its day; 1 when not given." })
  orderInDay?: number | null;

  @Field(() => String, { nullable: true, description: "The place's name." })
  place?: string | null;

  @Field(() => EventStatus)
  status!: EventStatus;

  @Field(() => [ParticipantInput], { nullable: true })
  participants?: ParticipantInput[] | null;

  @Field(() => [String], { nullable: true, description: "Slugs of the topics." })
  topics?: string[] | null;
}

@InputType({ description: "Changes to an event: the fields given replace the old ones (`participants` and `topics` all of them)." })
export class UpdateEventInput extends VersionedRefInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => EventKind, { nullable: true })
  kind?: EventKind | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  startsAt?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  endsAt?: Date | null;

  @Field(() => TimePrecision, { nullable: true })
  timePrecision?: TimePrecision | null;

  @Field(() => String, { nullable: true })
  timeZone?: string | null;

  @Field(() => Int, { nullable: true })
  orderInDay?: number | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => EventStatus, { nullable: true })
  status?: EventStatus | null;

  @Field(() => [ParticipantInput], { nullable: true })
  participants?: ParticipantInput[] | null;

  @Field(() => [String], { nullable: true })
  topics?: string[] | null;
}

@InputType()
export class DeleteEventInput extends VersionedRefInput {}
