import { validate } from "class-validator";
import type { FieldNode } from "graphql";
import { type RawBuilder, sql } from "kysely";
import { TimelineArgs } from "../graphql/event/event.args";
import { parseGlobalId } from "../graphql/relay/global-id";
import { compileTimeline } from "./timeline-sql";
import { objectJson } from "./compile-selection";
import { type Compilation, NotCompiled, readOf } from "./compilation";

/** A root field's one SQL statement, as a JSON value. */
export type RootField = (
  compilation: Compilation,
  args: Record<string, unknown>,
  nodes: readonly FieldNode[],
) => Promise<RawBuilder<unknown>>;

/** `type(slug:)`: the row with that slug, or null. */
const bySlug =
  (typeName: string): RootField =>
  async (compilation, args, nodes) => {
    const read = readOf(compilation, typeName);
    const row = compilation.nextAlias();
    return sql`(SELECT ${objectJson(compilation, read, row, nodes)} FROM ${sql.table(read.table)} ${sql.ref(row)}
      WHERE ${sql.ref(`${row}.slug`)} = ${String(args.slug)})`;
  };

// Arguments the resolvers would refuse are theirs to refuse, with their errors: such a field does not compile.
async function checked<Args extends object>(args: Args): Promise<Args> {
  if ((await validate(args)).length > 0) throw new NotCompiled("arguments the resolver refuses");
  return args;
}

/** The root fields that compile, each to one SQL statement. */
export const rootFields: Readonly<Record<string, RootField>> = {
  event: bySlug("Event"),
  statement: bySlug("Statement"),
  actor: bySlug("Actor"),
  source: bySlug("Source"),
  topic: bySlug("Topic"),
  async node(compilation, args, nodes) {
    let id: ReturnType<typeof parseGlobalId>;
    try {
      id = parseGlobalId(String(args.id));
    } catch {
      throw new NotCompiled("an id that is not a node's");
    }
    const read = readOf(compilation, id.type);
    const row = compilation.nextAlias();
    return sql`(SELECT ${objectJson(compilation, read, row, nodes)} FROM ${sql.table(read.table)} ${sql.ref(row)}
      WHERE ${sql.ref(`${row}.id`)} = ${id.databaseId}::uuid)`;
  },
  async timeline(compilation, args, nodes) {
    return compileTimeline(compilation, await checked(Object.assign(new TimelineArgs(), args)), nodes);
  },
};
