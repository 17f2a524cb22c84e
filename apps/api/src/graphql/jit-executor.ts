import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLErrorExtensions,
  type GraphQLSchema,
  printSchema,
  type SourceLocation,
} from "graphql";
import { buildExecutionContext } from "graphql/execution/execute";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import type { Context } from "./context";

type Gateway = ApolloServerOptionsWithGateway<Context>["gateway"];

/**
 * Runs operations with graphql-jit instead of graphql-js's interpreter:
 * each document is compiled once into a function that walks its selections
 * directly. A day of 262 statement cards is some 10,000 fields, and
 * graphql-js spent most of its time per field (argument maps, paths,
 * completion by type); compiled, that work is a few property reads.
 *
 * Apollo Server 4+ takes a custom executor only through its `gateway`
 * option (its migration guide says so); the schema is ours and never
 * changes, so the gateway reports it once. Parsing, validation, the plugins
 * and error formatting stay Apollo's.
 */
export function jitGateway(schema: GraphQLSchema): Gateway {
  // Apollo's document store hands back the same DocumentNode for the same query text.
  const compiled = new WeakMap<DocumentNode, Map<string | null, CompiledQuery | ExecutionResult>>();

  const compiledFor = (document: DocumentNode, operationName: string | null) => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    let query = byName.get(operationName);
    if (!query) byName.set(operationName, (query = compileQuery(schema, document, operationName ?? undefined)));
    return query;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return {
        async executor({ document, request, context }) {
          // The operation the client named, not the gateway context's `operationName`: that is the name of the
          // operation Apollo resolved, null when it resolved none, and the document's only operation would then run.
          const operationName = request.operationName ?? null;
          // graphql-js's own checks, with its messages, which Apollo recognises: an operationName that picks no
          // operation (OPERATION_RESOLUTION_FAILURE), a variable that does not coerce (BAD_USER_INPUT).
          const checked = buildExecutionContext({ schema, document, operationName, variableValues: request.variables });
          if (Array.isArray(checked)) return { errors: checked };
          const query = compiledFor(document, operationName);
          if (!isCompiledQuery(query)) return { ...query, errors: query.errors?.map(asGraphQLError) };
          const result = await query.query(undefined, context, request.variables ?? {});
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    async stop() {},
  };
}

/** What graphql-jit's own error class carries. */
interface JitError {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<SourceLocation>;
  originalError?: Error | null;
  extensions?: GraphQLErrorExtensions;
}

/**
 * graphql-jit reports errors with a class of its own, which passes for
 * graphql-js's GraphQLError but leaves `extensions` out when the original error
 * has none; Apollo and our plugins read `extensions.code`. Same message, path,
 * locations and original error, with extensions.
 */
function asGraphQLError(error: JitError): GraphQLError {
  if (error instanceof GraphQLError && error.extensions) return error;
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // GraphQLError derives locations from AST nodes, which graphql-jit does not keep; it has the locations themselves.
  return Object.defineProperty(converted, "locations", { value: error.locations, enumerable: error.locations !== undefined });
}
