import { GraphQLError, type ValidationRule } from "graphql";

/**
 * Refuses an operation whose type the schema has no root for (Parley has no
 * `subscription` type): graphql-js 16 validates such a document and leaves
 * it to execution to fail. graphql-js 17's KnownOperationTypesRule, with its
 * message; drop this for that one when upgrading.
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }));
  },
});
