import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { loaded, loadedIfAny } from "../loaded";
import { Excerpt } from "../source/excerpt.type";
import { StatementRelation } from "./statement-relation.type";
import { Statement } from "./statement.type";

@Resolver(() => StatementRelation)
export class StatementRelationResolver {
  @FieldResolver(() => Statement, { description: "The statement at the other end of the relation." })
  statement(@Root() relation: StatementRelation, @Ctx() { loaders }: Context): Promise<Statement> {
    return loaded(loaders.statement.load(relation.otherId), "related statement", (row) => new Statement(row));
  }

  @FieldResolver(() => Excerpt, { nullable: true, description: "The excerpt that supports the relation." })
  basis(@Root() relation: StatementRelation, @Ctx() { loaders }: Context): Promise<Excerpt | null> {
    return loadedIfAny(
      relation.basisId,
      (id) => loaders.excerpt.load(id),
      (row) => new Excerpt(row),
    );
  }
}
