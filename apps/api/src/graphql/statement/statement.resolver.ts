import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { type MaybePromise, then } from "../../services/known-loader";
import { findStatementBySlug, listStatements } from "../../services/statements";
import { ActorTie } from "../actor/actor-tie.type";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { Event } from "../event/event.type";
import { loaded, loadedIfAny } from "../loaded";
import { Topic } from "../topic/topic.type";
import { Stance } from "./stance.type";
import { StatementsArgs } from "./statement.args";
import { StatementConnection } from "./statement.connection";
import { StatementRelation } from "./statement-relation.type";
import { Statement } from "./statement.type";

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => StatementConnection, { description: "Statements, in the order they were said." })
  async statements(@Args() args: StatementsArgs, @Ctx() { db }: Context): Promise<StatementConnection> {
    return new StatementConnection(await listStatements(db, args), (row) => new Statement(row));
  }

  @Query(() => Statement, { nullable: true })
  async statement(@Arg("slug", () => String) slug: string, @Ctx() { db }: Context): Promise<Statement | null> {
    const row = await findStatementBySlug(db, slug);
    return row && new Statement(row);
  }

  @FieldResolver(() => Actor, { description: "Who the source says said it." })
  speaker(@Root() statement: Statement, @Ctx() { loaders }: Context): MaybePromise<Actor> {
    return loaded(loaders.actor.get(statement.speakerId), "statement's speaker", (row) => new Actor(row));
  }

  @FieldResolver(() => ActorTie, { nullable: true, description: "The capacity the speaker spoke in, where the source shows it." })
  capacity(@Root() statement: Statement, @Ctx() { loaders }: Context): MaybePromise<ActorTie | null> {
    return loadedIfAny(
      statement.capacityId,
      (id) => loaders.tie.get(id),
      (row) => new ActorTie(row),
    );
  }

  @FieldResolver(() => Event, { nullable: true, description: "The event it was made at, where known." })
  event(@Root() statement: Statement, @Ctx() { loaders }: Context): MaybePromise<Event | null> {
    return loadedIfAny(
      statement.eventId,
      (id) => loaders.event.get(id),
      (row) => new Event(row),
    );
  }

  @FieldResolver(() => [Topic])
  topics(@Root() statement: Statement, @Ctx() { loaders }: Context): MaybePromise<Topic[]> {
    return then(loaders.topicsOfStatement.get(statement.databaseId), (rows) => rows.map((row) => new Topic(row.topic)));
  }

  @FieldResolver(() => [Stance])
  stances(@Root() statement: Statement, @Ctx() { loaders }: Context): MaybePromise<Stance[]> {
    return then(loaders.stancesOfStatement.get(statement.databaseId), (rows) => rows.map((row) => new Stance(row)));
  }

  @FieldResolver(() => [StatementRelation], { description: "How this statement relates to others: this CONTRADICTS that." })
  relations(@Root() statement: Statement, @Ctx() { loaders }: Context): MaybePromise<StatementRelation[]> {
    return then(loaders.relationsFromStatement.get(statement.databaseId), (rows) => rows.map((row) => new StatementRelation(row, "to")));
  }

  @FieldResolver(() => [StatementRelation], { description: "How others relate to this statement: that CONTINUES this." })
  relatedBy(@Root() statement: Statement, @Ctx() { loaders }: Context): MaybePromise<StatementRelation[]> {
    return then(loaders.relationsToStatement.get(statement.databaseId), (rows) => rows.map((row) => new StatementRelation(row, "from")));
  }
}
