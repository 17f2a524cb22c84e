import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { findActorBySlug, listActors } from "../../services/actors";
import type { Context } from "../context";
import { EventFilterArgs } from "../event/event.args";
import { EventConnection } from "../event/event.connection";
import { Event } from "../event/event.type";
import { StatementFilterArgs } from "../statement/statement.args";
import { StatementConnection } from "../statement/statement.connection";
import { Statement } from "../statement/statement.type";
import { ActorsArgs } from "./actor.args";
import { ActorConnection } from "./actor.connection";
import { ActorTie } from "./actor-tie.type";
import { Actor } from "./actor.type";

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => ActorConnection, { description: "Actors, by name." })
  async actors(@Args() args: ActorsArgs, @Ctx() { db }: Context): Promise<ActorConnection> {
    return new ActorConnection(await listActors(db, args), (row) => new Actor(row));
  }

  @Query(() => Actor, { nullable: true })
  async actor(@Arg("slug", () => String) slug: string, @Ctx() { db }: Context): Promise<Actor | null> {
    const row = await findActorBySlug(db, slug);
    return row && new Actor(row);
  }

  @FieldResolver(() => [String], { description: 'The names sources use for the actor ("Mr Lavrov", "the Russian foreign minister").' })
  async names(@Root() actor: Actor, @Ctx() { loaders }: Context): Promise<string[]> {
    const rows = await loaders.namesOfActor.load(actor.databaseId);
    return rows.map((row) => row.name);
  }

  @FieldResolver(() => [ActorTie], { description: "The actor's ties to other actors, in either direction." })
  async ties(@Root() actor: Actor, @Ctx() { loaders }: Context): Promise<ActorTie[]> {
    const rows = await loaders.tiesOfActor.load(actor.databaseId);
    return rows.map((row) => new ActorTie(row));
  }

  @FieldResolver(() => StatementConnection, { description: "What the actor said, in the order they said it." })
  async statements(@Root() actor: Actor, @Args() args: StatementFilterArgs, @Ctx() { loaders }: Context): Promise<StatementConnection> {
    return new StatementConnection(await loaders.statementsOfSpeaker(actor.databaseId, args), (row) => new Statement(row));
  }

  @FieldResolver(() => EventConnection, { description: "The events the actor took part in, in the order they happened." })
  async events(@Root() actor: Actor, @Args() args: EventFilterArgs, @Ctx() { loaders }: Context): Promise<EventConnection> {
    return new EventConnection(await loaders.eventsOfActor(actor.databaseId, args), (row) => new Event(row));
  }
}
