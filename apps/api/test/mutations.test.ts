import { rivalMinisters } from "./scenarios/rival-ministers";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";
import { codesOf, mutate, spanOf, tokensFor } from "./support/writes";

let api: ScenarioServer<typeof rivalMinisters>;
let token: string;
beforeAll(async () => {
  api = await startTestServerWith(rivalMinisters);
  token = (await tokensFor(api)).writer;
});
afterAll(() => api.stop());

const write = <Data = Record<string, unknown>>(name: string, input: unknown, selection: string) =>
  mutate<Data>(api, token, name, input, selection);
const reportText = () => api.records.sources.report.text;

describe("writes through the API", () => {
  it("creates a source, computing its hash, at version 1", async () => {
    const text = 'The envoy said: "Our door remains open."';
    const { data, errors } = await write(
      "createSource",
      { slug: "envoy-wire", kind: "ARTICLE", title: "[A wire, for tests]", publishedOn: "2021-05-05", language: "en", text },
      "source { slug title version contentHash text publishedOn }",
    );
    expect(errors).toBeUndefined();
    expect(data?.createSource).toEqual({
      source: {
        slug: "envoy-wire",
        title: "[A wire, for tests]",
        version: 1,
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        text,
        publishedOn: "2021-05-05",
      },
    });
  });

  it("updates a source's metadata, bumping its version, and corrects its text while nothing cites it", async () => {
    const { data } = await write(
      "updateSource",
      { slug: "envoy-wire", version: 1, publisher: "Wire Service", text: 'The envoy said: "Our door is open."' },
      "source { publisher version text }",
    );
    expect(data?.updateSource).toEqual({ source: { publisher: "Wire Service", version: 2, text: 'The envoy said: "Our door is open."' } });
  });

  it("creates a topic and an actor with the names sources use for it", async () => {
    expect((await write("createTopic", { slug: "open-doors", name: "Open doors" }, "topic { slug name }")).data).toEqual({
      createTopic: { topic: { slug: "open-doors", name: "Open doors" } },
    });
    const { data } = await write(
      "createActor",
      { slug: "lena-varga", name: "Lena Varga", kind: "PERSON", names: ["the envoy", "Ms Varga"] },
      "actor { slug name kind version names }",
    );
    expect(data?.createActor).toEqual({
      actor: { slug: "lena-varga", name: "Lena Varga", kind: "PERSON", version: 1, names: ["Ms Varga", "the envoy"] },
    });
  });

  it("updates an actor, replacing its names; search finds the new ones", async () => {
    const { data } = await write(
      "updateActor",
      { slug: "lena-varga", version: 1, description: "An envoy", names: ["the envoy", "Madame Varga"] },
      "actor { description version names }",
    );
    expect(data?.updateActor).toEqual({ actor: { description: "An envoy", version: 2, names: ["Madame Varga", "the envoy"] } });
    const found = await api.graphql<{ actors: { edges: { node: { slug: string } }[] } }>(
      `{ actors(search: "madame") { edges { node { slug } } } }`,
    );
    expect(found.data?.actors.edges).toEqual([{ node: { slug: "lena-varga" } }]);
  });

  it("ties an actor to another over a time, changes the tie, and removes it", async () => {
    const tie = { actor: "lena-varga", relatedActor: "borduria", kind: "SPEAKS_FOR" };
    const set = await write(
      "setActorTie",
      { ...tie, title: "Envoy", validFrom: "2021-01-01" },
      "actor { ties { kind title validFrom validTo relatedActor { slug } } }",
    );
    expect(set.data?.setActorTie).toEqual({
      actor: { ties: [{ kind: "SPEAKS_FOR", title: "Envoy", validFrom: "2021-01-01", validTo: null, relatedActor: { slug: "borduria" } }] },
    });
    const changed = await write(
      "setActorTie",
      { ...tie, title: "Special envoy", validFrom: "2021-01-01", validTo: "2021-12-31" },
      "actor { ties { title validTo } }",
    );
    expect(changed.data?.setActorTie).toEqual({ actor: { ties: [{ title: "Special envoy", validTo: "2021-12-31" }] } });
    expect((await write("deleteActorTie", tie, "actor { ties { kind } }")).data).toEqual({ deleteActorTie: { actor: { ties: [] } } });
  });

  it("creates an event with participants and topics", async () => {
    const input = {
      slug: "envoy-briefing",
      title: "The envoy's briefing",
      kind: "PRESS_CONFERENCE",
      startsAt: "2021-05-05T09:00:00Z",
      endsAt: "2021-05-05T10:00:00Z",
      timePrecision: "HOUR",
      timeZone: "Europe/Zurich",
      place: "Geneva",
      status: "OCCURRED",
      participants: [
        { actor: "lena-varga", role: "SPEAKER" },
        { actor: "boris-bord", role: "PARTICIPANT" },
      ],
      topics: ["open-doors"],
    };
    const { data, errors } = await write(
      "createEvent",
      input,
      "event { slug version orderInDay place { name } participants { role actor { slug } } topics { slug } }",
    );
    expect(errors).toBeUndefined();
    expect(data?.createEvent).toEqual({
      event: {
        slug: "envoy-briefing",
        version: 1,
        orderInDay: 1,
        place: { name: "Geneva" },
        participants: expect.arrayContaining([
          { role: "SPEAKER", actor: { slug: "lena-varga" } },
          { role: "PARTICIPANT", actor: { slug: "boris-bord" } },
        ]),
        topics: [{ slug: "open-doors" }],
      },
    });
  });

  it("updates an event, replacing its participants and emptying its end", async () => {
    const { data } = await write(
      "updateEvent",
      { slug: "envoy-briefing", version: 1, endsAt: null, participants: [{ actor: "lena-varga", role: "HOST" }] },
      "event { version endsAt participants { role actor { slug } } }",
    );
    expect(data?.updateEvent).toEqual({
      event: { version: 2, endsAt: null, participants: [{ role: "HOST", actor: { slug: "lena-varga" } }] },
    });
  });

  it("creates a direct quote whose text is exactly its source's at its excerpt", async () => {
    const text = "Sanctions are coming";
    const input = {
      slug: "bord-sanctions-coming-again",
      text,
      kind: "DIRECT_QUOTE",
      speaker: "boris-bord",
      event: "bord-press-conference",
      saidAt: "2021-05-04T00:00:00Z",
      timePrecision: "DAY",
      source: "rival-ministers-report",
      excerpt: spanOf(reportText(), text),
      topics: ["sanctions-on-ruritania"],
    };
    const { data, errors } = await write(
      "createStatement",
      input,
      "statement { slug text kind version speaker { slug } event { slug } excerpt { start end source { slug } } topics { slug } }",
    );
    expect(errors).toBeUndefined();
    expect(data?.createStatement).toEqual({
      statement: {
        slug: input.slug,
        text,
        kind: "DIRECT_QUOTE",
        version: 1,
        speaker: { slug: "boris-bord" },
        event: { slug: "bord-press-conference" },
        excerpt: { ...input.excerpt, source: { slug: "rival-ministers-report" } },
        topics: [{ slug: "sanctions-on-ruritania" }],
      },
    });
  });

  it("updates a statement, checking it again as a whole", async () => {
    const text = "sanctions will hurt";
    const { data, errors } = await write(
      "updateStatement",
      { slug: "bord-sanctions-coming-again", version: 1, text, excerpt: spanOf(reportText(), text), event: null },
      "statement { text version event { slug } excerpt { start end } }",
    );
    expect(errors).toBeUndefined();
    expect(data?.updateStatement).toEqual({ statement: { text, version: 2, event: null, excerpt: spanOf(reportText(), text) } });
  });

  it("relates statements and sets stances, and takes them back", async () => {
    const relation = { from: "bord-sanctions-coming-again", to: "rurik-respects-choices", kind: "RESPONDS_TO" };
    const related = await write("createStatementRelation", relation, "statement { relations { kind statement { slug } } }");
    expect(related.data?.createStatementRelation).toEqual({
      statement: { relations: [{ kind: "RESPONDS_TO", statement: { slug: "rurik-respects-choices" } }] },
    });
    const stance = await write(
      "setStance",
      { statement: "bord-sanctions-coming-again", topic: "sanctions-on-ruritania", position: "SUPPORTS" },
      "statement { stances { position topic { slug } } }",
    );
    expect(stance.data?.setStance).toEqual({
      statement: { stances: [{ position: "SUPPORTS", topic: { slug: "sanctions-on-ruritania" } }] },
    });
    const changed = await write(
      "setStance",
      { statement: "bord-sanctions-coming-again", topic: "sanctions-on-ruritania", position: "OPPOSES" },
      "statement { stances { position } }",
    );
    expect(changed.data?.setStance).toEqual({ statement: { stances: [{ position: "OPPOSES" }] } });

    expect(
      (
        await write(
          "removeStance",
          { statement: "bord-sanctions-coming-again", topic: "sanctions-on-ruritania" },
          "statement { stances { position } }",
        )
      ).data,
    ).toEqual({ removeStance: { statement: { stances: [] } } });
    expect((await write("deleteStatementRelation", relation, "statement { relations { kind } }")).data).toEqual({
      deleteStatementRelation: { statement: { relations: [] } },
    });
  });

  it("deletes a statement, an event, an actor and a source, each answering the id it had", async () => {
    const statement = await write<{ deleteStatement: { deletedId: string } }>(
      "deleteStatement",
      { slug: "bord-sanctions-coming-again", version: 2 },
      "deletedId",
    );
    expect(
      (await api.graphql<{ node: null }>(`query ($id: ID!) { node(id: $id) { id } }`, { id: statement.data?.deleteStatement.deletedId }))
        .data,
    ).toEqual({ node: null });
    expect(codesOf(statement)).toEqual([]);
    for (const [name, slug, version] of [
      ["deleteEvent", "envoy-briefing", 2],
      ["deleteActor", "lena-varga", 2],
      ["deleteSource", "envoy-wire", 2],
    ] as const) {
      const { data, errors } = await write<Record<string, { deletedId: string }>>(name, { slug, version }, "deletedId");
      expect(errors).toBeUndefined();
      expect(data?.[name]?.deletedId).toEqual(expect.any(String));
    }
    const gone = await api.graphql(
      `{ event(slug: "envoy-briefing") { slug } actor(slug: "lena-varga") { slug } source(slug: "envoy-wire") { slug } }`,
    );
    expect(gone.data).toEqual({ event: null, actor: null, source: null });
  });
});
