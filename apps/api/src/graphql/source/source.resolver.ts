import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { findSourceBySlug } from "../../services/sources";
import type { Context } from "../context";
import { loaded } from "../loaded";
import { Source } from "./source.type";

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true })
  async source(@Arg("slug", () => String) slug: string, @Ctx() { db }: Context): Promise<Source | null> {
    const row = await findSourceBySlug(db, slug);
    return row && new Source(row);
  }

  // Loaded apart from the rest of the source: a list that shows a source's title needs none of its text.
  @FieldResolver(() => String, { description: "The full text exactly as received; excerpts index into it." })
  text(@Root() source: Source, @Ctx() { loaders }: Context): Promise<string> {
    return loaded(loaders.sourceText.load(source.databaseId), "source's text", (row) => row.text);
  }
}
