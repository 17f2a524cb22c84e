import { dayOfTalks } from "./scenarios/day-of-talks";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";

let api: ScenarioServer<typeof dayOfTalks>;
beforeAll(async () => {
  api = await startTestServerWith(dayOfTalks);
});
afterAll(() => api.stop());

interface StatementsData {
  statements: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { slug: string; text: string; kind: string; speaker: { slug: string } } }[];
  };
}

const statements = (variables: Record<string, unknown>) =>
  api.graphql<StatementsData>(
    `query ($search: String, $speaker: String, $kinds: [StatementKind!], $event: String, $topic: String, $first: Int, $after: String) {
      statements(search: $search, speaker: $speaker, kinds: $kinds, event: $event, topic: $topic, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { slug text kind speaker { slug } } }
      }
    }`,
    variables,
  );

const slugsOf = (data: StatementsData | null | undefined) => data?.statements.edges.map((edge) => edge.node.slug);

describe("statements", () => {
  it("lists statements in the order they were said, and those of one day in the order their source gives them", async () => {
    const { statements: said } = api.records;
    const { data } = await statements({ first: 100 });
    expect(slugsOf(data)).toEqual(
      [
        // Said on the Wednesday, though the report tells of it last.
        said.holtOpenHand,
        said.holtComeToListen,
        said.mfaTalksGoOn,
        said.holtWishes,
        said.holtVoteUnderPressure,
        said.marekWishes,
        said.marekVoteGoesAhead,
        said.marekTalksUseful,
        said.holtWarnsOfCosts,
      ].map((statement) => statement.slug),
    );
    expect(data?.statements.totalCount).toBe(9);
  });

  it("pages through statements, each once", async () => {
    const all = slugsOf((await statements({ first: 100 })).data);
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { data }: { data?: StatementsData | null } = await statements({ first: 4, after });
      paged.push(...(slugsOf(data) ?? []));
      if (!data?.statements.pageInfo.hasNextPage) break;
      after = data.statements.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });

  it("finds the words of a search in statement text, in any case, all of them", async () => {
    const { statements: said } = api.records;
    // Search ranks what it finds: the two statements of the same words may come in either order.
    expect(slugsOf((await statements({ search: "WISHES" })).data)?.sort()).toEqual([said.holtWishes.slug, said.marekWishes.slug].sort());
    expect(slugsOf((await statements({ search: "vote sunday" })).data)).toEqual([said.marekVoteGoesAhead.slug]);
    expect((await statements({ search: "vote geneva" })).data?.statements).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("filters by speaker, kind, event and topic", async () => {
    const { statements: said, actors, events, topics } = api.records;
    expect(slugsOf((await statements({ speaker: actors.marek.slug })).data)).toEqual(
      [said.marekWishes, said.marekVoteGoesAhead, said.marekTalksUseful].map((statement) => statement.slug),
    );
    expect(slugsOf((await statements({ kinds: ["PARTIAL_QUOTE", "PARAPHRASE"] })).data)).toEqual(
      [said.holtOpenHand, said.marekTalksUseful, said.holtWarnsOfCosts].map((statement) => statement.slug),
    );
    expect((await statements({ event: events.post.slug })).data?.statements.edges).toEqual([
      { node: expect.objectContaining({ text: "Talks go on. So does the season.", speaker: { slug: actors.account.slug } }) },
    ]);
    expect(slugsOf((await statements({ topic: topics.referendum.slug, speaker: actors.holt.slug })).data)).toEqual([
      said.holtWishes.slug,
      said.holtVoteUnderPressure.slug,
    ]);
  });

  it("shows the same words meaning opposite things, through stances and relations", async () => {
    const { statements: said, actors, topics } = api.records;
    const { data } = await api.graphql<{
      statement: {
        text: string;
        capacity: { title: string; relatedActor: { name: string } };
        stances: { position: string; topic: { slug: string }; basis: { text: string } }[];
        relations: { kind: string; statement: { speaker: { slug: string }; text: string; stances: { position: string }[] } }[];
      };
    }>(
      `query ($slug: String!) {
        statement(slug: $slug) {
          text
          capacity { title relatedActor { name } }
          stances { position topic { slug } basis { text } }
          relations { kind statement { speaker { slug } text stances { position } } }
        }
      }`,
      { slug: said.holtWishes.slug },
    );
    expect(data?.statement.capacity).toEqual({ title: "Foreign Secretary", relatedActor: { name: "Westland" } });
    expect(data?.statement.stances).toEqual([
      { position: "OPPOSES", topic: { slug: topics.referendum.slug }, basis: { text: "A vote held under pressure cannot show them." } },
    ]);
    expect(data?.statement.relations).toEqual([
      {
        kind: "CONTRADICTS",
        statement: { speaker: { slug: actors.marek.slug }, text: data?.statement.text, stances: [{ position: "SUPPORTS" }] },
      },
    ]);
  });

  it("links a quote broken by 'Ms Holt said' into one chain, both ways", async () => {
    const { statements: said } = api.records;
    const chain = (slug: string) =>
      api.graphql<{
        statement: {
          relatedBy: { kind: string; statement: { slug: string } }[];
          relations: { kind: string; statement: { slug: string } }[];
        };
      }>(
        `query ($slug: String!) {
          statement(slug: $slug) { relations { kind statement { slug } } relatedBy { kind statement { slug } } }
        }`,
        { slug },
      );
    expect((await chain(said.holtVoteUnderPressure.slug)).data?.statement).toEqual({
      relations: [{ kind: "CONTINUES", statement: { slug: said.holtWishes.slug } }],
      relatedBy: [],
    });
    expect((await chain(said.holtWishes.slug)).data?.statement.relatedBy).toEqual([
      { kind: "CONTINUES", statement: { slug: said.holtVoteUnderPressure.slug } },
    ]);
  });

  it("refetches any statement, event, actor, source or topic by its global id", async () => {
    const { statements: said } = api.records;
    const { data } = await api.graphql<{
      statement: {
        id: string;
        event: { id: string };
        speaker: { id: string };
        excerpt: { source: { id: string } };
        topics: { id: string }[];
      };
    }>(
      `query ($slug: String!) {
        statement(slug: $slug) { id event { id } speaker { id } excerpt { source { id } } topics { id } }
      }`,
      { slug: said.mfaTalksGoOn.slug },
    );
    const statement = data!.statement;
    const ids = [statement.id, statement.event.id, statement.speaker.id, statement.excerpt.source.id, statement.topics[0]!.id];
    const { data: nodes } = await api.graphql<{ nodes: { __typename: string; id: string }[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids },
    );
    expect(nodes?.nodes.map((node) => node.__typename)).toEqual(["Statement", "Event", "Actor", "Source", "Topic"]);
    expect(nodes?.nodes.map((node) => node.id)).toEqual(ids);
  });

  it("answers null for a well-formed id that names nothing", async () => {
    const missing = Buffer.from("Actor:00000000-0000-7000-8000-000000000000").toString("base64");
    const { data, errors } = await api.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id: missing });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: null });
  });
});
