import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { type DocumentNode, getVariableValues } from "graphql";
import type { Context } from "../graphql/context";
import { NotCompiled } from "./compilation";
import { type CompiledOperation, compileOperation } from "./compile-operation";
import { READ_PATH_HEADER } from "./read-path";

// Plans by document (Apollo keeps one parsed document per query text), then by operation and variables.
const plans = new WeakMap<DocumentNode, Map<string, CompiledOperation | NotCompiled>>();
const PLANS_PER_DOCUMENT = 256;

function planFor(...args: Parameters<typeof compileOperation>): CompiledOperation | NotCompiled {
  const [, document, operation, variables] = args;
  const key = `${operation.name?.value ?? ""}\n${JSON.stringify(variables)}`;
  let byKey = plans.get(document);
  if (!byKey) plans.set(document, (byKey = new Map()));
  let plan = byKey.get(key);
  if (!plan) {
    try {
      plan = compileOperation(...args);
    } catch (error) {
      // Anything else the compiler threw (an argument graphql refuses, a cursor the paging refuses) is the resolvers' to report.
      plan =
        error instanceof NotCompiled
          ? error
          : new NotCompiled(error instanceof Error ? error.message.replace(/[^\x20-\x7e]/g, "?") : "an argument");
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
export function compiledReadsPlugin(): ApolloServerPlugin<Context> {
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
          let values: unknown[];
          try {
            values = await Promise.all(
              plan.map(async (field) => {
                if ("value" in field) return field.value;
                const [row] = await contextValue.db.$queryRawUnsafe<{ data: unknown }[]>(
                  field.statement.sql,
                  ...field.statement.parameters,
                );
                return row?.data ?? null;
              }),
            );
          } catch {
            // The resolvers meet the same failure and report it as they always have (codes, status, logs).
            response.http.headers.set(READ_PATH_HEADER, "resolvers; a database error");
            return null;
          }
          const data = Object.fromEntries(plan.map((field, index) => [field.key, values[index]]));
          return {
            http: { status: undefined, headers: new HeaderMap([[READ_PATH_HEADER, "compiled"]]) },
            body: { kind: "single", singleResult: { data } },
          };
        },
      };
    },
  };
}
