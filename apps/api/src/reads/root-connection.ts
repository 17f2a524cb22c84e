import type { FieldNode } from "graphql";
import { getNamedType, isObjectType } from "graphql";
import { type RawBuilder, sql } from "kysely";
import type { PageArgs } from "../paging/page";
import { objectJson } from "./compile-selection";
import { type Compilation, NotCompiled, readOf, tableOf } from "./compilation";
import { connectionJson } from "./connection-sql";
import type { ListShape } from "./read-type";

/** A root field that lists a table's rows: which type, and what its arguments make of the list. */
export interface RootList {
  field: string;
  node: string;
  shape: ListShape;
}

/** The root list as one JSON connection. */
export function rootConnection(compilation: Compilation, list: RootList, args: PageArgs, nodes: readonly FieldNode[]): RawBuilder<unknown> {
  const type = getNamedType(compilation.schema.getQueryType()?.getFields()[list.field]?.type);
  if (!isObjectType(type)) throw new NotCompiled(`Query.${list.field}`);
  const { shape } = list;
  const node = shape.node ?? readOf(compilation, list.node);
  return connectionJson(compilation, {
    type,
    order: shape.order,
    from: (listed) => sql`${sql.table(tableOf(node))} ${sql.ref(listed)}`,
    where: (listed) => {
      const conditions = shape.conditions(listed);
      return conditions.length ? sql.join(conditions, sql` AND `) : sql`TRUE`;
    },
    args,
    nodes,
    nodeJson: (row, nodeNodes) => objectJson(compilation, node, row, nodeNodes),
  });
}
