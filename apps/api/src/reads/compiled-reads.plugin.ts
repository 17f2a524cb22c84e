import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { type DocumentNode, getVariableValues, GraphQLError, type GraphQLFormattedError } from "graphql";
import { databaseFailure } from "../db/failures";
import { keyOf } from "../graphql/limits";
import { logger } from "../logger";
import type { Context } from "../graphql/context";
import { NotCompiled } from "./compilation";
import { type CompiledOperation, compileOperation } from "./compile-operation";
import { READ_PATH_HEADER } from "./read-path";
import { parametersWithTopicIds } from "./topic-ids";

// Plans by document (Apollo keeps one parsed document per query text), then by operation and variables.
const plans = new WeakMap<DocumentNode, Map<string, CompiledOperation | NotCompiled>>();
const PLANS_PER_DOCUMENT = 256;

function planFor(...args: Parameters<typeof compileOperation>): CompiledOperation | NotCompiled {
  const [, document, operation, variables] = args;
  const key = keyOf(operation.name?.value, variables);
  // Variables too deep to write down as a key are left to the resolvers, which refuse or run them.
  if (key === undefined) return new NotCompiled("variables nested too deep to plan");
  let byKey = plans.get(document);
  if (!byKey) plans.set(document, (byKey = new Map()));
  let plan = byKey.get(key);
  if (!plan) {
    try {
      plan = compileOperation(...args);
    } catch (error) {
      // Anything else the compiler threw (an argument graphql refuses, a cursor the paging refuses) is the resolvers' to report.
      // The header names no argument: a client's cursor can be as long as the body allows.
      plan = error instanceof NotCompiled ? error : new NotCompiled("arguments the resolvers refuse");
    }
    if (byKey.size >= PLANS_PER_DOCUMENT) byKey.clear();
    byKey.set(key, plan);
  }
  return plan;
}

/**
 * Answers a query whose every root field compiles with one SQL statement per
 * root field, PostgreSQL building the response's JSON (see reads/README.md);
 * any other operation goes on to the resolvers. Runs after validation and the
 * limits, so both hold for either path.
 */
export function compiledReadsPlugin(
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, request, contextValue, response }) {
          // Typed as always there, but undefined when operationName picks no operation: the resolvers' path reports that.
          if (!(operation as typeof operation | undefined)) return null;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return null;
          const plan = planFor(schema, document, operation, coerced.coerced);
          if (plan instanceof NotCompiled) {
            response.http.headers.set(READ_PATH_HEADER, `resolvers; ${plan.what}`);
            return null;
          }
          const headers = new HeaderMap([[READ_PATH_HEADER, "compiled"]]);
          const parameters = parametersWithTopicIds(contextValue.db, plan);
          const values = await Promise.allSettled(
            plan.map(async (field, index) => {
              if ("value" in field) return field.value;
              const [row] = await contextValue.db.$queryRawUnsafe<{ data: unknown }[]>(field.statement.sql, ...(await parameters)[index]!);
              return row?.data ?? null;
            }),
          );
          const failed = values.findIndex((value) => value.status === "rejected");
          if (failed === -1) {
            const data = Object.fromEntries(
              plan.map((field, index) => [field.key, (values[index] as PromiseFulfilledResult<unknown>).value]),
            );
            return { http: { status: undefined, headers }, body: { kind: "single", singleResult: { data } } };
          }
          const error = new GraphQLError("The compiled read failed", {
            path: [plan[failed]!.key],
            originalError: (values[failed] as PromiseRejectedResult).reason as Error,
          });
          // A database that is away, or that cancelled the statement, is answered as the resolvers answer it (503, 504),
          // without asking it again; anything else is the resolvers' to meet again and report.
          const failure = databaseFailure(error);
          if (!failure) {
            response.http.headers.set(READ_PATH_HEADER, "resolvers; a failed statement");
            return null;
          }
          logger.error(failure === "timeout" ? "Database cancelled a statement" : "Database unavailable", {
            requestId: contextValue.requestId,
            error: error.originalError?.stack ?? error.message,
          });
          return {
            http: { status: undefined, headers },
            body: { kind: "single", singleResult: { data: null, errors: [formatError(error.toJSON(), error)] } },
          };
        },
      };
    },
  };
}
