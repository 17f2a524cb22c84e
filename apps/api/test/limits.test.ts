import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as published from "@parley/schema";
import { type ASTNode, type DocumentNode, type FieldNode, getIntrospectionQuery, Kind, parse, print, visit } from "graphql";
import { buildApiSchema } from "../src/graphql/schema";
import { COUNT_COST, queryCost, queryLimits } from "../src/graphql/limits";
import { startTestServer, type TestServer } from "./support/test-server";
import { mutate, tokensFor } from "./support/writes";

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

interface ErrorBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function anActorId(): Promise<string> {
  const { data } = await api.graphql<{ actors: { edges: { node: { id: string } }[] } }>(`{ actors(first: 1) { edges { node { id } } } }`);
  return data!.actors.edges[0]!.node.id;
}

async function post(body: unknown, accept = "application/json", token?: string): Promise<{ status: number; body: ErrorBody }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept, ...(token !== undefined && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

/** The document with `__typename` added to every selection set below the operation's, as Apollo Client adds it. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (!parent || Array.isArray(parent) || (parent as ASTNode).kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === "__typename")) return undefined;
      return {
        ...node,
        selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } } as FieldNode],
      };
    },
  });
}

/** `statements(first: 100) { edges { node { speaker { … } } } }`, `levels` lists deep. */
function nestedStatements(levels: number, first = "100"): string {
  let selection = "slug";
  for (let level = 0; level < levels; level++) {
    selection = `statements(first: ${first}) { edges { node { ${level === 0 ? selection : `speaker { ${selection} }`} } } }`;
  }
  return selection;
}

const fourLevels = `{ ${nestedStatements(4)} }`;

describe("query limits, checked before anything runs", () => {
  it("refuses the four-level nested statements query before touching the database (it is too deep, and costs 100 times the limit)", async () => {
    const schema = await buildApiSchema();
    expect(queryCost(schema, parse(fourLevels))).toBeGreaterThan(queryLimits.cost * 100);
    api.sql.length = 0;
    const { status, body } = await post({ query: fourLevels });
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: `Query depth limit of ${queryLimits.depth} exceeded, found 16.`,
        extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "depth" },
      }),
    ]);
    expect(api.sql).toEqual([]);
  });

  it("refuses a query within the depth limit that costs too much as QUERY_TOO_COMPLEX, saying the limit and the cost, without touching the database", async () => {
    const threeLevels = `{ ${nestedStatements(3)} }`;
    const schema = await buildApiSchema();
    const cost = queryCost(schema, parse(threeLevels));
    expect(cost).toBeGreaterThan(queryLimits.cost);

    api.sql.length = 0;
    const { status, body } = await post({ query: threeLevels });
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: `The query's cost is ${cost}, over the limit of ${queryLimits.cost}: ask for fewer items (first/last) or nest fewer lists`,
        extensions: { code: "QUERY_TOO_COMPLEX", limit: "cost", maximum: queryLimits.cost, measured: cost },
      },
    ]);
    expect(api.sql).toEqual([]);

    // As application/graphql-response+json a request error is a 400, as GraphQL over HTTP says.
    expect((await post({ query: threeLevels }, "application/graphql-response+json")).status).toBe(400);
  });

  it("costs a count once per connection, whatever its page size, and a count under each of a list's items as that many counts", async () => {
    const schema = await buildApiSchema();
    const cost = (query: string) => queryCost(schema, parse(query));
    expect(cost(`{ statements(first: 1) { totalCount } }`)).toBe(1 + COUNT_COST);
    expect(cost(`{ statements(first: 100) { totalCount } }`)).toBe(1 + COUNT_COST);
    expect(cost(`fragment Counted on StatementConnection { totalCount } { statements(first: 100) { ...Counted } }`)).toBe(1 + COUNT_COST);
    const countsUnderActors = cost(`{ actors(first: 100) { edges { node { statements(first: 1) { totalCount } } } } }`);
    expect(countsUnderActors).toBeGreaterThan(100 * COUNT_COST);
    // A count under a directive may not run; it is counted as if it ran under every item, never less.
    expect(cost(`{ statements(first: 100) { totalCount @include(if: true) } }`)).toBeGreaterThan(COUNT_COST);
  });

  it("costs the README's examples as the README says, and refuses or runs each as it says", async () => {
    const readme = readFileSync(join(__dirname, "../../../README.md"), "utf8");
    const limits = readme.slice(readme.indexOf("The cost counts 1 per field"));
    const [, prose, block] = /^([\s\S]*?)```graphql\n([\s\S]*?)```/.exec(limits) ?? [];
    const number = (text: string | undefined) => Number(text?.replaceAll(",", ""));
    const schema = await buildApiSchema();
    expect(number(/it costs ([\d,]+), once per connection/.exec(prose ?? "")?.[1])).toBe(COUNT_COST);
    const timeline = number(/Timeline with `first: 100`, the web\s+app's home page, costs ([\d,]+)/.exec(prose ?? "")?.[1]);
    const day = { from: "2014-03-14T00:00:00.000Z", to: "2014-03-15T00:00:00.000Z", first: 100 };
    expect(queryCost(schema, published.TimelineDocument, day)).toBe(timeline);

    const examples = [...(block ?? "").matchAll(/^# costs ([\d,]+): (refused|runs)\n(.+)$/gm)];
    expect(examples).toHaveLength(3);
    for (const [, stated, outcome, query] of examples) {
      const cost = number(stated);
      expect({ query, cost: queryCost(schema, parse(query!)) }).toEqual({ query, cost });
      const { body } = await post({ query });
      if (outcome === "refused") {
        expect(cost).toBeGreaterThan(queryLimits.cost);
        expect(body.errors?.map((error) => error.extensions)).toEqual([
          expect.objectContaining({ code: "QUERY_TOO_COMPLEX", measured: cost }),
        ]);
      } else {
        expect(cost).toBeLessThanOrEqual(queryLimits.cost);
        expect(body.errors).toBeUndefined();
      }
    }
  });

  it("multiplies by first/last given as variables, and by the default page size (20) when neither is given", async () => {
    const schema = await buildApiSchema();
    const withVariable = parse(`query ($n: Int) { ${nestedStatements(3, "$n")} }`);
    expect(queryCost(schema, withVariable, { n: 20 })).toBe(queryCost(schema, parse(`{ ${nestedStatements(3, "20")} }`)));
    const withoutFirst = parse(`{ ${nestedStatements(3, "20")} }`.replaceAll("(first: 20)", ""));
    expect(queryCost(schema, withoutFirst)).toBe(queryCost(schema, parse(`{ ${nestedStatements(3, "20")} }`)));
    expect(queryCost(schema, parse(`{ statements(last: 50) { edges { node { slug } } } }`))).toBe(
      queryCost(schema, parse(`{ statements(first: 50) { edges { node { slug } } } }`)),
    );

    const big = await post({ query: print(withVariable), variables: { n: 100 } });
    expect(big.body.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX" });
    const small = await post({ query: print(withVariable), variables: { n: 2 } });
    expect(small.body.errors).toBeUndefined();
    expect(small.status).toBe(200);
  });

  it("lets every published operation through at the largest page sizes the web app asks for, as written and as Apollo Client sends it", async () => {
    const schema = await buildApiSchema();
    const day = { from: "2014-03-14T00:00:00.000Z", to: "2014-03-15T00:00:00.000Z" };
    // The reads: the writes need a token and change data (published-operations.test.ts runs them).
    const documents = Object.entries(published).filter(
      (entry): entry is [string, DocumentNode] =>
        entry[0].endsWith("Document") &&
        (entry[1] as DocumentNode).kind === Kind.DOCUMENT &&
        (entry[1] as DocumentNode).definitions.some(
          (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === "query",
        ),
    );
    expect(documents.map(([name]) => name).sort()).toEqual(
      [
        "ActorDocument",
        "ActorNameDocument",
        "ActorsDocument",
        "AdjacentDaysDocument",
        "ChangesDocument",
        "DayOrderDocument",
        "DraftDocument",
        "DraftsDocument",
        "EventCountsDocument",
        "EventDocument",
        "HistoryDocument",
        "NodeDocument",
        "ProposeStatementsDocument",
        "RangeEventsDocument",
        "TopicDocument",
        "TopicsDocument",
        "SourceDocument",
        "SourceStatementsDocument",
        "StatementsDocument",
        "TimelineDocument",
        "ViewerDocument",
      ].sort(),
    );
    // The capture workspace's reads are a writer's: they go with a token, on a draft of a short invented note.
    const { writer } = await tokensFor(api);
    const article = "“We will not wait another winter,” Ms Reyes said.";
    const created = await mutate<{ createDraft: { draft: { id: string } } }>(
      api,
      writer,
      "createDraft",
      { title: "[A note]", language: "en", kind: "ARTICLE", publishedOn: "2031-05-06", text: article },
      "draft { id }",
    );
    const writersReads = new Set(["DraftDocument", "DraftsDocument", "ProposeStatementsDocument", "ViewerDocument"]);
    const variables: Record<string, Record<string, unknown>> = {
      ActorDocument: { slug: "john-kerry", first: 100 },
      ActorNameDocument: { slug: "john-kerry" },
      ActorsDocument: { first: 100 },
      AdjacentDaysDocument: { date: "2014-03-14" },
      ChangesDocument: { ...day, first: 100 },
      HistoryDocument: { id: await anActorId(), first: 100 },
      DayOrderDocument: { date: "2014-03-14" },
      DraftDocument: { id: created.data!.createDraft.draft.id },
      DraftsDocument: { first: 100 },
      EventDocument: { slug: "crimean-referendum-2014" },
      EventCountsDocument: { from: "2014-01-01", to: "2015-01-01", unit: "DAY" },
      NodeDocument: { id: await anActorId() },
      ProposeStatementsDocument: { text: article },
      RangeEventsDocument: { dates: { from: "2014-01-01", to: "2015-01-01" }, first: 100 },
      TopicDocument: { slug: "choices-of-ukrainians" },
      TopicsDocument: { search: "ukrain", first: 100 },
      SourceDocument: { slug: "2014-03-14-kerry-lavrov-london" },
      SourceStatementsDocument: { source: "2014-03-14-kerry-lavrov-london", first: 100 },
      StatementsDocument: { first: 100 },
      TimelineDocument: { ...day, first: 100 },
    };
    for (const [name, published] of documents) {
      // As written, and as Apollo Client (the web app's) sends it: with __typename in every selection.
      for (const document of [published, withTypenames(published)]) {
        const cost = queryCost(schema, document, variables[name]);
        expect({ name, cost, underLimit: cost <= queryLimits.cost }).toEqual({ name, cost, underLimit: true });
        const token = writersReads.has(name) ? writer : undefined;
        const { status, body } = await post({ query: print(document), variables: variables[name] }, "application/json", token);
        expect({ name, status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
      }
    }
  });

  it("refuses a query nested deeper than the limit, saying the limit and the depth found", async () => {
    const chain = (depth: number) => {
      // statements > edges > node, then relations > statement pairs, then slug.
      let selection = "slug";
      for (let pair = 0; pair < (depth - 4) / 2; pair++) selection = `relations { statement { ${selection} } }`;
      return `{ statements(first: 1) { edges { node { ${selection} } } } }`;
    };
    const atLimit = await post({ query: chain(queryLimits.depth) });
    expect(atLimit.body.errors).toBeUndefined();
    const tooDeep = await post({ query: chain(queryLimits.depth + 2) });
    expect(tooDeep.body.errors).toEqual([
      expect.objectContaining({
        message: `Query depth limit of ${queryLimits.depth} exceeded, found ${queryLimits.depth + 2}.`,
        extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "depth" },
      }),
    ]);
  });

  it("refuses more aliases than the limit", async () => {
    const aliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, index) => `a${index}: topic(slug: "london-talks") { name }`).join(" ")} }`;
    expect((await post({ query: aliases(queryLimits.aliases) })).body.errors).toBeUndefined();
    const { body } = await post({ query: aliases(queryLimits.aliases + 1) });
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: `Aliases limit of ${queryLimits.aliases} exceeded, found ${queryLimits.aliases + 1}.`,
        extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "aliases" },
      }),
    ]);
  });

  it("refuses more directives than the limit", async () => {
    // A directive may appear once per place: spread them over the fields of a topic.
    const both = "@include(if: true) @skip(if: false)";
    const ten = `{ topic(slug: "london-talks") ${both} { id ${both} name ${both} slug ${both} description ${both} } }`;
    expect(queryLimits.directives).toBe(10);
    expect((await post({ query: ten })).body.errors).toBeUndefined();
    const { body } = await post({ query: ten.replace("id ", "__typename @include(if: true) id ") });
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: `Directives limit of ${queryLimits.directives} exceeded, found ${queryLimits.directives + 1}.`,
        extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "directives" },
      }),
    ]);
  });

  it("refuses a document of more tokens than the limit, before parsing it, saying how many it has", async () => {
    // { nodes ( ids : [ "x" … ] ) { id } }: 12 tokens and the ids; past 100 ids, nodes refuses them itself.
    const tokens = (count: number) => `{ nodes(ids: [${'"x", '.repeat(count - 12)}]) { id } }`;
    const atLimit = await post({ query: tokens(queryLimits.tokens) });
    expect(atLimit.body.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    const { status, body } = await post({ query: tokens(queryLimits.tokens + 500) });
    expect(status).toBe(200);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: `Syntax Error: The query has ${queryLimits.tokens + 500} tokens, over the limit of ${queryLimits.tokens}.`,
        extensions: { code: "GRAPHQL_PARSE_FAILED" },
      }),
    ]);
  });

  it("refuses fragments that expand to an enormous query (each spreading the one before twice)", async () => {
    const fragments = Array.from({ length: 20 }, (_, index) =>
      index === 0 ? `fragment F0 on Query { __typename }` : `fragment F${index} on Query { ...F${index - 1} ...F${index - 1} }`,
    );
    const { status, body } = await post({ query: `{ ...F19 } ${fragments.join(" ")}` });
    expect(status).toBe(200);
    expect(body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "QUERY_TOO_COMPLEX", limit: "fields" }) }),
    ]);
  });

  it("answers introspection (it stays on), and counts its lists at their real length", async () => {
    const { status, body } = await post({ query: getIntrospectionQuery() });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect((body.data as { __schema: { queryType: { name: string } } }).__schema.queryType.name).toBe("Query");

    // Introspection lists count at this schema's real sizes: `types` as many as it has types.
    const schema = await buildApiSchema();
    expect(queryCost(schema, parse(`{ __schema { types { name } } }`))).toBe(2 + Object.keys(schema.getTypeMap()).length);

    // fields { type { ofType { fields … } } }, nested: graphql-js's own introspection depth rule refuses it.
    let selection = "name";
    for (let level = 0; level < 4; level++) selection = `fields { type { ofType { ${selection} } } }`;
    const circular = await post({ query: `{ __schema { types { ${selection} } } }` });
    expect(circular.body.errors).toEqual([
      expect.objectContaining({ message: "Maximum introspection depth exceeded", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }),
    ]);
  });
});
