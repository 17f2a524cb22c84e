import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { loaded } from "../loaded";
import { Excerpt } from "./excerpt.type";
import { Source } from "./source.type";

@Resolver(() => Excerpt)
export class ExcerptResolver {
  @FieldResolver(() => Source)
  source(@Root() excerpt: Excerpt, @Ctx() { loaders }: Context): Promise<Source> {
    return loaded(loaders.source.load(excerpt.sourceId), "excerpt's source", (row) => new Source(row));
  }

  @FieldResolver(() => String, { description: "The source's text at [start, end)." })
  text(@Root() excerpt: Excerpt, @Ctx() { loaders }: Context): Promise<string> {
    return loaded(loaders.sourceText.load(excerpt.sourceId), "excerpt's source", (source) => source.text.slice(excerpt.start, excerpt.end));
  }
}
