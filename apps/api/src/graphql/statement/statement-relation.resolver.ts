import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type MaybePromise } from "../../services/known-loader";
import type { Context } from "../context";
import { loaded, loadedIfAny } from "../loaded";
import { Excerpt } from "../source/excerpt.type";
import { StatementRelation } from "./statement-relation.type";
import { Statement } from "./statement.type";

@Resolver(() => StatementRelation)
export class StatementRelationResolver {
  @FieldResolver(() => Statement, { description: "The statement at the other end of the relation." })
  statement(@Root() relation: StatementRelation, @Ctx() { loaders }: Context): MaybePromise<Statement> {
    return loaded(loaders.statement.get(relation.otherId), "related statement", (row) => new Statement(row));
  }

  @FieldResolver(() => Excerpt, { nullable: true, description: "The excerpt that supports the relation." })
  basis(@Root() relation: StatementRelation, @Ctx() { loaders }: Context): MaybePromise<Excerpt | null> {
    return loadedIfAny(
      relation.basisId,
      (id) => loaders.excerpt.get(id),
      (row) => new Excerpt(row),
    );
  }
}
