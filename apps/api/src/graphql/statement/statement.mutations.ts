import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import * as writes from "../../services/writes/statements";
import { Scope } from "../auth-checker";
import type { Context } from "../context";
import { globalId } from "../relay/global-id";
import { DeletePayload } from "../writes/delete.payload";
import { given } from "../writes/given";
import { writerOf } from "../writes/writer";
import {
  CreateStatementInput,
  CreateStatementRelationInput,
  DeleteStatementInput,
  DeleteStatementRelationInput,
  RemoveStanceInput,
  SetStanceInput,
  UpdateStatementInput,
} from "./statement.inputs";
import { StatementPayload } from "./statement.payload";
import { Statement } from "./statement.type";

@Resolver()
export class StatementMutations {
  @Authorized(Scope.WRITE)
  @Mutation(() => StatementPayload)
  async createStatement(@Arg("input") input: CreateStatementInput, @Ctx() context: Context): Promise<StatementPayload> {
    return new StatementPayload(new Statement(await writes.createStatement(context.db, await writerOf(context), input)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => StatementPayload)
  async updateStatement(@Arg("input") input: UpdateStatementInput, @Ctx() context: Context): Promise<StatementPayload> {
    const changes = { ...given(input, ["event"]), slug: input.slug, version: input.version };
    return new StatementPayload(new Statement(await writes.updateStatement(context.db, await writerOf(context), changes)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => DeletePayload)
  async deleteStatement(@Arg("input") input: DeleteStatementInput, @Ctx() context: Context): Promise<DeletePayload> {
    return new DeletePayload(globalId("Statement", await writes.deleteStatement(context.db, await writerOf(context), input)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => StatementPayload, { description: "Records that one statement relates to another; returns `from`." })
  async createStatementRelation(@Arg("input") input: CreateStatementRelationInput, @Ctx() context: Context): Promise<StatementPayload> {
    return new StatementPayload(new Statement(await writes.createStatementRelation(context.db, await writerOf(context), input)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => StatementPayload, { description: "Removes a relation; returns `from`." })
  async deleteStatementRelation(@Arg("input") input: DeleteStatementRelationInput, @Ctx() context: Context): Promise<StatementPayload> {
    return new StatementPayload(new Statement(await writes.deleteStatementRelation(context.db, await writerOf(context), input)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => StatementPayload, { description: "Sets a statement's position towards a topic, replacing any it had." })
  async setStance(@Arg("input") input: SetStanceInput, @Ctx() context: Context): Promise<StatementPayload> {
    return new StatementPayload(new Statement(await writes.setStance(context.db, await writerOf(context), input)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => StatementPayload)
  async removeStance(@Arg("input") input: RemoveStanceInput, @Ctx() context: Context): Promise<StatementPayload> {
    return new StatementPayload(new Statement(await writes.removeStance(context.db, await writerOf(context), input)));
  }
}
