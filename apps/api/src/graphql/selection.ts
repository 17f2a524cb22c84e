import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";

const childrenOf = (tree: ResolveTree): ResolveTree[] => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields));

// The same field of the same compiled operation, with the same variables, selects the same fields:
// an event's `statements` is resolved once per event of the page, and is parsed once.
const parsed = new WeakMap<GraphQLResolveInfo["fieldNodes"], WeakMap<GraphQLResolveInfo["variableValues"], ResolveTree | null>>();

const noVariables = {};

function parseOnce(info: GraphQLResolveInfo): ResolveTree | null {
  const variables = info.variableValues ?? noVariables;
  let byVariables = parsed.get(info.fieldNodes);
  if (!byVariables) parsed.set(info.fieldNodes, (byVariables = new WeakMap()));
  if (!byVariables.has(variables)) byVariables.set(variables, (parseResolveInfo(info) as ResolveTree | null) ?? null);
  return byVariables.get(variables)!;
}

/**
 * The names of the fields the request selects at `path` below the field being
 * resolved (`["edges", "node"]` for a connection's items), whatever their
 * aliases, fragments or types, and leaving out those `@skip` or `@include`
 * turn off. A resolver reads here what it may load ahead in the query that
 * finds its rows; what it does not load ahead, the fields' own loaders still
 * load, so a wrong guess costs a query, never an answer.
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  const root = parseOnce(info);
  let level = root ? [root] : [];
  for (const name of path) level = level.flatMap(childrenOf).filter((child) => child.name === name);
  return new Set(level.flatMap(childrenOf).map((child) => child.name));
}
