import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { findEventBySlug, listTimeline } from "../../services/events";
import { listStatementsOfEvent } from "../../services/statements";
import type { Context } from "../context";
import { ConnectionArgs } from "../relay/connection.args";
import { Excerpt } from "../source/excerpt.type";
import { StatementConnection } from "../statement/statement.connection";
import { Statement } from "../statement/statement.type";
import { Topic } from "../topic/topic.type";
import { TimelineArgs, timelineSpan } from "./event.args";
import { EventConnection } from "./event.connection";
import { Event } from "./event.type";
import { Participant } from "./participant.type";

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    description:
      "The events that start on a local `date` or `dates` (each on its own time zone's date), or in [from, to), in the order they happened.",
  })
  async timeline(@Args() args: TimelineArgs, @Ctx() { db }: Context): Promise<EventConnection> {
    return new EventConnection(await listTimeline(db, { ...args, span: timelineSpan(args) }), (row) => new Event(row));
  }

  @Query(() => Event, { nullable: true })
  async event(@Arg("slug", () => String) slug: string, @Ctx() { db }: Context): Promise<Event | null> {
    const row = await findEventBySlug(db, slug);
    return row && new Event(row);
  }

  @FieldResolver(() => [Participant])
  async participants(@Root() event: Event, @Ctx() { loaders }: Context): Promise<Participant[]> {
    const rows = await loaders.participantsOfEvent.load(event.databaseId);
    return rows.map((row) => new Participant(row));
  }

  @FieldResolver(() => [Topic])
  async topics(@Root() event: Event, @Ctx() { loaders }: Context): Promise<Topic[]> {
    const rows = await loaders.topicsOfEvent.load(event.databaseId);
    return rows.map((row) => new Topic(row.topic));
  }

  @FieldResolver(() => [Excerpt], { description: "The excerpts of the sources that report the event." })
  async reportedBy(@Root() event: Event, @Ctx() { loaders }: Context): Promise<Excerpt[]> {
    const rows = await loaders.reportsOfEvent.load(event.databaseId);
    return rows.map((row) => new Excerpt(row.excerpt));
  }

  @FieldResolver(() => StatementConnection, { description: "The statements made at the event, in the order they were said." })
  async statements(@Root() event: Event, @Args() args: ConnectionArgs, @Ctx() { loaders }: Context): Promise<StatementConnection> {
    const page = await listStatementsOfEvent(loaders.statementsOfEvent.load(event.databaseId), args);
    return new StatementConnection(page, (row) => new Statement(row));
  }
}
