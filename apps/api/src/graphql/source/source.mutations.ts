import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import * as writes from "../../services/writes/sources";
import { Scope } from "../auth-checker";
import type { Context } from "../context";
import { globalId } from "../relay/global-id";
import { DeletePayload } from "../writes/delete.payload";
import { given } from "../writes/given";
import { writerOf } from "../writes/writer";
import { CreateSourceInput, DeleteSourceInput, UpdateSourceInput } from "./source.inputs";
import { SourcePayload } from "./source.payload";
import { Source } from "./source.type";

@Resolver()
export class SourceMutations {
  @Authorized(Scope.WRITE)
  @Mutation(() => SourcePayload)
  async createSource(@Arg("input") input: CreateSourceInput, @Ctx() context: Context): Promise<SourcePayload> {
    return new SourcePayload(new Source(await writes.createSource(context.db, await writerOf(context), input)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => SourcePayload)
  async updateSource(@Arg("input") input: UpdateSourceInput, @Ctx() context: Context): Promise<SourcePayload> {
    const changes = { ...given(input, ["publisher", "url"]), slug: input.slug, version: input.version };
    return new SourcePayload(new Source(await writes.updateSource(context.db, await writerOf(context), changes)));
  }

  @Authorized(Scope.WRITE)
  @Mutation(() => DeletePayload, { description: "Deletes a source that nothing cites." })
  async deleteSource(@Arg("input") input: DeleteSourceInput, @Ctx() context: Context): Promise<DeletePayload> {
    return new DeletePayload(globalId("Source", await writes.deleteSource(context.db, await writerOf(context), input)));
  }
}
