import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNullableType,
  GraphQLError,
  type GraphQLSchema,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type ValidationContext,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { ErrorCode } from "../errors";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../paging/page";

/**
 * What one query may ask for, checked before anything runs. Every operation
 * in packages/schema/operations, which is what the web app sends, fits
 * (limits.test.ts sends each at the largest page sizes the web app uses).
 */
export const queryLimits = {
  /**
   * Nested fields, fragments flattened: the deepest published operation
   * (Timeline) is 10; `statements { edges { node { speaker { statements …`
   * four lists deep is 16.
   */
  depth: 12,
  /** Aliased fields per operation; the published operations use none. */
  aliases: 15,
  /** Lexical tokens in the document; the largest published operation (Timeline) has under 300. */
  tokens: 1_000,
  /** Directives per operation; the published operations use none. */
  directives: 10,
  /**
   * Cost, as counted by `queryCost`: every field costs 1, a count
   * COUNT_COST, and a list multiplies what is under it by how many items it
   * can return. The costliest published operation, Timeline with `first: 100`
   * (the web app's home page: up to 100 events with up to 100 statements
   * each, and a count of each event's), costs 1,717,201; statements nested
   * three lists deep (100 × 100 × 100 statements) cost 3,040,401 (the
   * README's examples, which limits.test.ts runs).
   */
  cost: 2_000_000,
} as const;

/**
 * How many items a list without paging arguments is taken to hold (an
 * actor's ties, a statement's topics): such lists are short, but not free.
 */
export const UNPAGED_LIST_ITEMS = 5;

/**
 * The longest each introspection list can be in this schema (`__Schema.types`,
 * `__Type.fields`, …): known exactly, and large enough that a query nesting
 * `fields { type { fields { … } } }` must be counted at its real size.
 */
function introspectionListSizes(schema: GraphQLSchema): Map<string, number> {
  const types = Object.values(schema.getTypeMap());
  const longest = (lengths: number[]) => Math.max(1, ...lengths);
  const fieldsOf = types.flatMap((type) => (isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : []));
  return new Map([
    ["__Schema.types", types.length],
    ["__Schema.directives", schema.getDirectives().length],
    [
      "__Type.fields",
      longest(types.map((type) => (isObjectType(type) || isInterfaceType(type) ? Object.keys(type.getFields()).length : 0))),
    ],
    ["__Type.interfaces", longest(types.map((type) => (isObjectType(type) || isInterfaceType(type) ? type.getInterfaces().length : 0)))],
    ["__Type.possibleTypes", longest(types.map((type) => (isAbstractType(type) ? schema.getPossibleTypes(type).length : 0)))],
    ["__Type.enumValues", longest(types.map((type) => (isEnumType(type) ? type.getValues().length : 0)))],
    ["__Type.inputFields", longest(types.map((type) => (isInputObjectType(type) ? Object.keys(type.getFields()).length : 0)))],
    ["__Field.args", longest(fieldsOf.map((field) => field.args.length))],
    ["__Directive.args", longest(schema.getDirectives().map((directive) => directive.args.length))],
  ]);
}

/**
 * A connection's `totalCount`: one SQL count of every row its list holds, not
 * of a page, for each connection asked for (a count under each of a list's 100
 * items is 100 counts). Priced as ten full pages of items (the statements of
 * the busiest actors run to a thousand at a million statements), and once per
 * connection, whatever its page size: `first: 1` counts all the same.
 */
export const COUNT_COST = 10 * MAX_PAGE_SIZE;

/** The fragments of the document being measured, by name, for a connection's estimate to look into. */
interface CostContext {
  fragments: Map<string, FragmentDefinitionNode>;
}

/**
 * How many `totalCount` fields a connection's selection holds for certain
 * (fragments included; one under a directive may be skipped, and is left to
 * be multiplied by the page size like the items: more, never less).
 */
function countsIn(selectionSet: SelectionSetNode | undefined, context: CostContext, seen = new Set<string>()): number {
  let counts = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.directives?.length) continue;
    if (selection.kind === Kind.FIELD) counts += selection.name.value === "totalCount" ? 1 : 0;
    else if (selection.kind === Kind.INLINE_FRAGMENT) counts += countsIn(selection.selectionSet, context, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      counts += countsIn(context.fragments.get(selection.name.value)?.selectionSet, context, seen);
    }
  }
  return counts;
}

/**
 * A field's cost: 1 (`__typename`: 0), plus what is selected under it times
 * the items it can return. A connection returns `first` or `last` items (20 when neither is
 * given, never more than 100), and its `totalCount` costs COUNT_COST, once; `nodes(ids:)` as many as it is given ids; its
 * `edges` are already counted by the connection; an introspection list as
 * many as this schema has; any other list UNPAGED_LIST_ITEMS.
 */
export function createCostEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const introspectionSizes = introspectionListSizes(schema);
  return ({ field, type, node, args, childComplexity, context }) => {
    // Free to resolve, and added by Apollo Client to every selection it sends.
    if (field.name === "__typename") return 0;
    if (field.name === "totalCount" && type.name.endsWith("Connection")) return COUNT_COST;
    const hasArgument = (name: string) => field.args.some((arg) => arg.name === name);
    if (hasArgument("first") || hasArgument("last")) {
      const size = typeof args.first === "number" ? args.first : typeof args.last === "number" ? args.last : DEFAULT_PAGE_SIZE;
      const items = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
      const counts = countsIn(node.selectionSet, context as CostContext) * COUNT_COST;
      return 1 + items * (childComplexity - counts) + counts;
    }
    const itemsOf = (): number => {
      if (Array.isArray(args.ids)) return Math.min(Math.max(args.ids.length, 1), MAX_PAGE_SIZE);
      if (!isListType(getNullableType(field.type))) return 1;
      if (field.name === "edges" && type.name.endsWith("Connection")) return 1;
      return introspectionSizes.get(`${type.name}.${field.name}`) ?? UNPAGED_LIST_ITEMS;
    };
    return 1 + itemsOf() * childComplexity;
  };
}

const estimators = new WeakMap<GraphQLSchema, ComplexityEstimator>();

/** The cost of the operation `operationName` (or the only one) in `document`, with these variables. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  let estimator = estimators.get(schema);
  if (!estimator) estimators.set(schema, (estimator = createCostEstimator(schema)));
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const context: CostContext = { fragments };
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [estimator],
    maxQueryNodes: MAX_QUERY_NODES,
    context,
  });
}

/** How many lexical tokens `source` has (stopping at the first it cannot read). */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count++;
  } catch {
    // A lexical error ends the count; the parser reports the error itself.
  }
  return count;
}

function tooComplex(cost: number): GraphQLError {
  return new GraphQLError(
    `The query's cost is ${cost}, over the limit of ${queryLimits.cost}: ask for fewer items (first/last) or nest fewer lists`,
    {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: "cost", maximum: queryLimits.cost, measured: cost, http: { status: 400 } },
    },
  );
}

/** graphql-query-complexity's own bound on the fields it walks, fragments expanded. */
const MAX_QUERY_NODES = 10_000;

function tooManyFields(): GraphQLError {
  return new GraphQLError(`The query selects more than ${MAX_QUERY_NODES} fields once its fragments are expanded`, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: "fields", maximum: MAX_QUERY_NODES, http: { status: 400 } },
  });
}

/** An operation and its variables as a key; undefined when the variables nest too deep for JSON.stringify's stack. */
export function keyOf(operationName: string | undefined, variables: Readonly<Record<string, unknown>>): string | undefined {
  try {
    return `${operationName ?? ""}\n${JSON.stringify(variables)}`;
  } catch {
    return undefined;
  }
}

/** Costs kept for each document: as many operation and variables pairs as this, then they start over. */
const COSTS_PER_DOCUMENT = 256;

/**
 * Refuses an operation that costs more than `queryLimits.cost`, before it
 * runs: once the operation is known, since the cost depends on the
 * variables (`first: $first`). A cost is computed once for each document,
 * operation and variables (Apollo keeps one parsed document per query text):
 * the walk was the largest part (a sixth) of a response cache hit's CPU.
 */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number => {
    const key = keyOf(operationName, variables);
    // Variables too deep to write down as a key (JSON nested to the body limit) are costed, not kept.
    if (key === undefined) return queryCost(schema, document, variables, operationName);
    let byKey = costs.get(document);
    if (!byKey) costs.set(document, (byKey = new Map()));
    let cost = byKey.get(key);
    if (cost === undefined) {
      cost = queryCost(schema, document, variables, operationName);
      if (byKey.size >= COSTS_PER_DOCUMENT) byKey.clear();
      byKey.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }: GraphQLRequestContextDidResolveOperation<object>) {
          // No operation to run (none named so): execution reports that, running nothing.
          if (!operation) return;
          let cost: number;
          try {
            cost = costOf(document, request.variables ?? {}, operation.name?.value);
          } catch (error) {
            // Variables that do not fit their types fail in execution, before any resolver runs.
            if (error instanceof GraphQLError && /^Variable "\$/.test(error.message)) return;
            if (error instanceof GraphQLError && error.message === "Query exceeds the maximum allowed number of nodes.")
              throw tooManyFields();
            throw error;
          }
          if (cost > queryLimits.cost) throw tooComplex(cost);
        },
      };
    },
  };
}

/**
 * graphql-armor's checks say "Syntax Error: Query depth limit of 12
 * exceeded, found 16."; its limits are no syntax error.
 */
const reportLimit =
  (limit: string) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { limit } }));
  };

/**
 * graphql-armor's depth, alias and directive limits, as validation rules:
 * Apollo answers them as GRAPHQL_VALIDATION_FAILED, with `extensions.limit`
 * naming the limit and the message saying the limit and what was found.
 * Its cost limit counts `first`/`last` only when written as numbers in the
 * query, not as variables, and without the default page size: `costLimitPlugin`
 * counts instead. Its token limit throws from a hook Apollo 5 answers with a
 * 500; graphql-js's own `maxTokens` (see `parseOptions`) does the job.
 * Its field-suggestion mask misses "Did you mean the enum value …": format-error.ts
 * removes suggestions instead.
 */
export function armorValidationRules(): ValidationRule[] {
  const armor = new ApolloArmor({
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    maxDepth: { n: queryLimits.depth, flattenFragments: true, propagateOnRejection: false, onReject: [reportLimit("depth")] },
    maxAliases: { n: queryLimits.aliases, propagateOnRejection: false, onReject: [reportLimit("aliases")] },
    maxDirectives: { n: queryLimits.directives, propagateOnRejection: false, onReject: [reportLimit("directives")] },
  });
  return armor.protect().validationRules as ValidationRule[];
}

/** graphql-js stops parsing past `maxTokens`; this says how many tokens there were. */
export const parseOptions = { maxTokens: queryLimits.tokens };

/**
 * Rewrites graphql-js's "Document contains more that 1000 tokens. Parsing
 * aborted." (sic) to say how many tokens the document has: lexing a body of
 * at most 100 kB is cheap; building its syntax tree is what the limit spares.
 */
export function tokenLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart({ source }) {
          return async (error) => {
            // graphql-js 16 says "more that 1000 tokens".
            if (!error || !/Document contains more th(?:an|at) \d+ tokens/.test(error.message) || source === undefined) return;
            error.message = `Syntax Error: The query has ${countTokens(source)} tokens, over the limit of ${queryLimits.tokens}.`;
          };
        },
      };
    },
  };
}
