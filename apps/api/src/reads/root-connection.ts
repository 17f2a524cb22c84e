import type { FieldNode } from "graphql";
import { getNamedType, isObjectType } from "graphql";
import { type RawBuilder, sql } from "kysely";
import type { PageArgs } from "../paging/page";
import { objectJson } from "./compile-selection";
import { type Compilation, NotCompiled, readOf } from "./compilation";
import { connectionJson } from "./connection-sql";
import type { SortKey } from "./read-type";

/** A root field that lists a table's rows: which, in which order, and the conditions its arguments make on the listed alias. */
export interface RootList {
  field: string;
  node: string;
  keys: SortKey[];
  conditions(listed: string): RawBuilder<unknown>[];
}

/** The root list as one JSON connection. */
export function rootConnection(compilation: Compilation, list: RootList, args: PageArgs, nodes: readonly FieldNode[]): RawBuilder<unknown> {
  const type = getNamedType(compilation.schema.getQueryType()?.getFields()[list.field]?.type);
  if (!isObjectType(type)) throw new NotCompiled(`Query.${list.field}`);
  const node = readOf(compilation, list.node);
  return connectionJson(compilation, {
    node,
    type,
    keys: list.keys,
    from: (listed) => sql`${sql.table(node.table)} ${sql.ref(listed)}`,
    where: (listed) => {
      const conditions = list.conditions(listed);
      return conditions.length ? sql.join(conditions, sql` AND `) : sql`TRUE`;
    },
    args,
    nodes,
    nodeJson: (row, nodeNodes) => objectJson(compilation, node, row, nodeNodes),
  });
}
