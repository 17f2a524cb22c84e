import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { type MaybePromise, then } from "../../services/known-loader";
import { findEventBySlug, listTimeline } from "../../services/events";
import { listStatementsOfEvent } from "../../services/statements";
import type { Context } from "../context";
import { ConnectionArgs } from "../relay/connection.args";
import { Excerpt } from "../source/excerpt.type";
import { StatementConnection } from "../statement/statement.connection";
import { Statement } from "../statement/statement.type";
import { Topic } from "../topic/topic.type";
import { TimelineArgs } from "./event.args";
import { EventConnection } from "./event.connection";
import { Event } from "./event.type";
import { Participant } from "./participant.type";

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: "The events that start in [from, to), in the order they happened." })
  async timeline(@Args() args: TimelineArgs, @Ctx() { db, loaders }: Context): Promise<EventConnection> {
    const page = await listTimeline(db, args);
    // Statements made at these events name them (Statement.event): they need not be read again.
    for (const { node } of page.edges) loaders.event.prime(node.id, node);
    return new EventConnection(page, (row) => new Event(row));
  }

  @Query(() => Event, { nullable: true })
  async event(@Arg("slug", () => String) slug: string, @Ctx() { db }: Context): Promise<Event | null> {
    const row = await findEventBySlug(db, slug);
    return row && new Event(row);
  }

  @FieldResolver(() => [Participant])
  participants(@Root() event: Event, @Ctx() { loaders }: Context): MaybePromise<Participant[]> {
    return then(loaders.participantsOfEvent.get(event.databaseId), (rows) => rows.map((row) => new Participant(row)));
  }

  @FieldResolver(() => [Topic])
  topics(@Root() event: Event, @Ctx() { loaders }: Context): MaybePromise<Topic[]> {
    return then(loaders.topicsOfEvent.get(event.databaseId), (rows) => rows.map((row) => new Topic(row.topic)));
  }

  @FieldResolver(() => [Excerpt], { description: "The excerpts of the sources that report the event." })
  reportedBy(@Root() event: Event, @Ctx() { loaders }: Context): MaybePromise<Excerpt[]> {
    return then(loaders.reportsOfEvent.get(event.databaseId), (rows) => rows.map((row) => new Excerpt(row.excerpt)));
  }

  @FieldResolver(() => StatementConnection, { description: "The statements made at the event, in the order they were said." })
  async statements(
    @Root() event: Event,
    @Args() args: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ): Promise<StatementConnection> {
    return new StatementConnection(await listStatementsOfEvent(loaders, event.databaseId, args), (row) => new Statement(row));
  }
}
