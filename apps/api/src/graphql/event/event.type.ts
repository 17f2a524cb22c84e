import type { Event as EventRow } from "@parley/db";
import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { EventKind, EventStatus, TimePrecision } from "../enums";
import { globalId } from "../relay/global-id";
import { Node } from "../relay/node.interface";

@ObjectType({ simpleResolvers: true, description: "Where an event took place, as its sources name it." })
export class Place {
  @Field()
  name: string;

  constructor(name: string) {
    this.name = name;
  }
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Something that happened, or was due to: talks, a press conference, a post, a vote.",
})
export class Event extends Node {
  readonly databaseId: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => EventKind)
  kind: EventKind;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => DateTimeResolver, { description: "When it started, in UTC, to `timePrecision`." })
  startsAt: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  endsAt: Date | null;

  @Field(() => TimePrecision)
  timePrecision: TimePrecision;

  @Field({ description: "IANA time zone of the place, to show local times in." })
  timeZone: string;

  @Field(() => Int, {
    description: "1-based order among the events of its day, as the sources establish it; events share it when the sources do not.",
  })
  orderInDay: number;

  @Field(() => Place, { nullable: true })
  place: Place | null;

  @Field(() => EventStatus)
  status: EventStatus;

  @Field(() => Int, {
    description: "Starts at 1 and grows with every change; send it back to update or delete (a stale one is refused with CONFLICT).",
  })
  version: number;

  constructor(row: EventRow) {
    super();
    this.id = globalId("Event", row.id);
    this.databaseId = row.id;
    this.slug = row.slug;
    this.version = row.version;
    this.title = row.title;
    this.kind = row.kind;
    this.summary = row.summary;
    this.startsAt = row.startsAt;
    this.endsAt = row.endsAt;
    this.timePrecision = row.timePrecision;
    this.timeZone = row.timeZone;
    this.orderInDay = row.orderInDay;
    this.place = row.placeName === null ? null : new Place(row.placeName);
    this.status = row.status;
  }
}
