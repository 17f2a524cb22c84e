import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
} from "graphql";
import { type CompiledQuery, sql } from "kysely";
import { collectFields } from "./collect-fields";
import { type Compilation, NotCompiled } from "./compilation";
import { readSql } from "./read-database";
import { reads } from "./reads";
import { rootFields } from "./root-fields";

/** A root field compiled: the one SQL statement that reads its JSON value, or the value itself (`__typename`). */
export type CompiledField = { key: string; statement: CompiledQuery<{ data: unknown }> } | { key: string; value: string };

/** A query compiled, its root fields in response order. */
export type CompiledOperation = CompiledField[];

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return fragments;
}

/**
 * Compiles a query whose every root field compiles; throws NotCompiled
 * otherwise, and the resolvers execute it. `variables` are the coerced ones.
 */
export function compileOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): CompiledOperation {
  const queryType = schema.getQueryType();
  if (operation.operation !== "query" || !queryType) throw new NotCompiled(`a ${operation.operation}`);
  let aliases = 0;
  const compilation: Compilation = { schema, fragments: fragmentsOf(document), variables, reads, nextAlias: () => `r${++aliases}` };
  const compiled: CompiledOperation = [];
  for (const [key, nodes] of collectFields(compilation, queryType, [operation.selectionSet])) {
    const name = nodes[0]!.name.value;
    if (name === "__typename") {
      compiled.push({ key, value: queryType.name });
      continue;
    }
    const rootField = rootFields[name];
    const field = queryType.getFields()[name];
    if (!rootField || !field) throw new NotCompiled(`Query.${name}`);
    const value = rootField(compilation, getArgumentValues(field, nodes[0]!, variables), nodes);
    compiled.push({ key, statement: sql<{ data: unknown }>`SELECT ${value} AS data`.compile(readSql) });
  }
  return compiled;
}
