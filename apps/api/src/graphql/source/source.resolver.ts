import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { findSourceBySlug } from "../../services/sources";
import type { Context } from "../context";
import { Source } from "./source.type";

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true })
  async source(@Arg("slug", () => String) slug: string, @Ctx() { db }: Context): Promise<Source | null> {
    const row = await findSourceBySlug(db, slug);
    return row && new Source(row);
  }
}
