import {
  type FieldNode,
  type FragmentDefinitionNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  type SelectionSetNode,
} from "graphql";

/** What a selection is read against: the schema, the operation's fragments and its coerced variables. */
export interface Operation {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
}

function isIncluded(operation: Operation, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, operation.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, operation.variables)?.if !== false;
}

function appliesTo(operation: Operation, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const conditionType = operation.schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && operation.schema.isSubType(conditionType, type);
}

/**
 * The fields these selection sets select on `type`, by response key, as
 * GraphQL's CollectFields does: fragments and inline fragments that apply
 * to the type, `@skip` and `@include`, and fields of one key merged.
 */
export function collectFields(operation: Operation, type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!isIncluded(operation, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || appliesTo(operation, selection.typeCondition.name.value, type)) visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = operation.fragments[name];
        if (visited.has(name) || !fragment) continue;
        visited.add(name);
        if (appliesTo(operation, fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

/** The selection sets of fields merged under one response key. */
export const subselections = (nodes: readonly FieldNode[]): SelectionSetNode[] =>
  nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
