import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
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
  speaker(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<Actor> {
    return loaded(loaders.actor.load(statement.speakerId), "statement's speaker", (row) => new Actor(row));
  }

  @FieldResolver(() => ActorTie, { nullable: true, description: "The capacity the speaker spoke in, where the source shows it." })
  capacity(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<ActorTie | null> {
    return loadedIfAny(
      statement.capacityId,
      (id) => loaders.tie.load(id),
      (row) => new ActorTie(row),
    );
  }

  @FieldResolver(() => Event, { nullable: true, description: "The event it was made at, where known." })
  event(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<Event | null> {
    return loadedIfAny(
      statement.eventId,
      (id) => loaders.event.load(id),
      (row) => new Event(row),
    );
  }

  @FieldResolver(() => [Topic])
  async topics(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<Topic[]> {
    const rows = await loaders.topicsOfStatement.load(statement.databaseId);
    return rows.map((row) => new Topic(row.topic));
  }

  @FieldResolver(() => [Stance])
  async stances(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<Stance[]> {
    const rows = await loaders.stancesOfStatement.load(statement.databaseId);
    return rows.map((row) => new Stance(row));
  }

  @FieldResolver(() => [StatementRelation], { description: "How this statement relates to others: this CONTRADICTS that." })
  async relations(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<StatementRelation[]> {
    const rows = await loaders.relationsFromStatement.load(statement.databaseId);
    return rows.map((row) => new StatementRelation(row, "to"));
  }

  @FieldResolver(() => [StatementRelation], { description: "How others relate to this statement: that CONTINUES this." })
  async relatedBy(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<StatementRelation[]> {
    const rows = await loaders.relationsToStatement.load(statement.databaseId);
    return rows.map((row) => new StatementRelation(row, "from"));
  }
}
