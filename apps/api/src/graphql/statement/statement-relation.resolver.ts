import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { loaded, loadedIfAny } from "../loaded";
import { Excerpt } from "../source/excerpt.type";
import { StatementRelation } from "./statement-relation.type";
import { Statement } from "./statement.type";

@Resolver(() => StatementRelation)
export class StatementRelationResolver {
  @FieldResolver(() => Statement, { description: "The statement at the other end of the relation." })
  async statement(@Root() relation: StatementRelation, @Ctx() { loaders }: Context): Promise<Statement> {
    return new Statement(await loaded(loaders.statement.load(relation.otherId), "related statement"));
  }

  @FieldResolver(() => Excerpt, { nullable: true, description: "The excerpt that supports the relation." })
  async basis(@Root() relation: StatementRelation, @Ctx() { loaders }: Context): Promise<Excerpt | null> {
    const row = await loadedIfAny(relation.basisId, (id) => loaders.excerpt.load(id));
    return row && new Excerpt(row);
  }
}
