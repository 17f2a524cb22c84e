import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { loaded } from "../loaded";
import { Excerpt } from "./excerpt.type";
import { Source } from "./source.type";

@Resolver(() => Excerpt)
export class ExcerptResolver {
  @FieldResolver(() => Source)
  async source(@Root() excerpt: Excerpt, @Ctx() { loaders }: Context): Promise<Source> {
    return new Source(await loaded(loaders.source.load(excerpt.sourceId), "excerpt's source"));
  }

  @FieldResolver(() => String, { description: "The source's text at [start, end)." })
  async text(@Root() excerpt: Excerpt, @Ctx() { loaders }: Context): Promise<string> {
    const source = await loaded(loaders.sourceText.load(excerpt.sourceId), "excerpt's source");
    return source.text.slice(excerpt.start, excerpt.end);
  }
}
