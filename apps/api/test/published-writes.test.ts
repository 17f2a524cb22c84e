import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  ChangesDocument,
  CreateActorDocument,
  CreateEventDocument,
  CreateSourceDocument,
  CreateStatementDocument,
  CreateStatementRelationDocument,
  CreateTopicDocument,
  DeleteActorDocument,
  DeleteActorTieDocument,
  DeleteEventDocument,
  DeleteSourceDocument,
  DeleteStatementDocument,
  DeleteStatementRelationDocument,
  HistoryDocument,
  RemoveStanceDocument,
  SetActorTieDocument,
  SetStanceDocument,
  UpdateActorDocument,
  UpdateEventDocument,
  UpdateSourceDocument,
  UpdateStatementDocument,
} from "@parley/schema";
import { print } from "graphql";
import { startTestServer, type TestServer } from "./support/test-server";
import { spanOf, tokensFor } from "./support/writes";

let api: TestServer;
let token: string;
beforeAll(async () => {
  api = await startTestServer({ seed: false });
  token = (await tokensFor(api)).writer;
});
afterAll(() => api.stop());

/** Runs one of the published typed operations with the token, as an integrator would, and insists it succeeds. */
async function run<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
  const { data, errors } = await api.graphql<Result>(print(document), variables as Record<string, unknown>, token);
  expect(errors).toBeUndefined();
  if (!data) throw new Error("no data");
  return data;
}

const text =
  'On Friday the envoy, Lena Varga, said: "Our door remains open." Her rival Tomas Brand replied that the door was painted on a wall.';

describe("the write operations published in @parley/schema", () => {
  it("record a source, its actors, an event and its statements, change them, tell their history, and delete them", async () => {
    const startedAt = new Date(Date.now() - 1_000).toISOString();
    await run(CreateTopicDocument, { input: { slug: "open-doors", name: "Open doors" } });
    const source = (
      await run(CreateSourceDocument, {
        input: {
          slug: "envoy-report",
          kind: "ARTICLE",
          title: "[A report written for tests]",
          publishedOn: "2021-05-07",
          language: "en",
          text,
        },
      })
    ).createSource.source;
    const varga = (
      await run(CreateActorDocument, { input: { slug: "lena-varga", name: "Lena Varga", kind: "PERSON", names: ["the envoy"] } })
    ).createActor.actor;
    await run(CreateActorDocument, { input: { slug: "tomas-brand", name: "Tomas Brand", kind: "PERSON" } });
    const tied = (
      await run(SetActorTieDocument, { input: { actor: "tomas-brand", relatedActor: "lena-varga", kind: "MEMBER_OF", title: "Rival" } })
    ).setActorTie.actor;
    expect(tied.ties).toEqual([
      { kind: "MEMBER_OF", title: "Rival", validFrom: null, validTo: null, relatedActor: { slug: "lena-varga" } },
    ]);
    await run(DeleteActorTieDocument, { input: { actor: "tomas-brand", relatedActor: "lena-varga", kind: "MEMBER_OF" } });
    const event = (
      await run(CreateEventDocument, {
        input: {
          slug: "envoy-remarks",
          title: "The envoy's remarks",
          kind: "STATEMENT",
          startsAt: "2021-05-07T00:00:00Z",
          timePrecision: "DAY",
          timeZone: "Europe/Zurich",
          status: "OCCURRED",
          participants: [{ actor: "lena-varga", role: "SPEAKER" }],
          topics: ["open-doors"],
        },
      })
    ).createEvent.event;
    expect(event.participants).toEqual([{ role: "SPEAKER", actor: { slug: "lena-varga" } }]);

    const quote = "Our door remains open.";
    const open = (
      await run(CreateStatementDocument, {
        input: {
          slug: "varga-door-open",
          text: quote,
          kind: "DIRECT_QUOTE",
          speaker: "lena-varga",
          event: "envoy-remarks",
          saidAt: "2021-05-07T00:00:00Z",
          timePrecision: "DAY",
          source: "envoy-report",
          excerpt: spanOf(text, quote),
          topics: ["open-doors"],
        },
      })
    ).createStatement.statement;
    const reply = "the door was painted on a wall";
    await run(CreateStatementDocument, {
      input: {
        slug: "brand-door-painted",
        text: reply,
        kind: "PARAPHRASE",
        speaker: "tomas-brand",
        saidAt: "2021-05-07T00:00:00Z",
        timePrecision: "DAY",
        source: "envoy-report",
        excerpt: spanOf(text, reply),
      },
    });
    await run(SetStanceDocument, { input: { statement: "brand-door-painted", topic: "open-doors", position: "OPPOSES" } });
    const related = (
      await run(CreateStatementRelationDocument, { input: { from: "brand-door-painted", to: "varga-door-open", kind: "CONTRADICTS" } })
    ).createStatementRelation.statement;
    expect(related).toMatchObject({
      stances: [{ position: "OPPOSES", topic: { slug: "open-doors" } }],
      relations: [{ kind: "CONTRADICTS", statement: { slug: "varga-door-open" } }],
    });

    const updated = (
      await run(UpdateStatementDocument, {
        input: { slug: "varga-door-open", version: open.version, timePrecision: "HOUR", saidAt: "2021-05-07T10:00:00Z" },
      })
    ).updateStatement.statement;
    expect(updated).toMatchObject({
      version: 2,
      saidAt: "2021-05-07T10:00:00.000Z",
      excerpt: { ...spanOf(text, quote), source: { slug: "envoy-report" } },
    });
    const history = (await run(HistoryDocument, { id: open.id, first: 10 })).history;
    // The relation is filed under the statement it goes from (Brand's), not this one.
    expect(history.edges.map(({ node }) => `${node.operation} ${node.part} by ${node.changedBy}`)).toEqual([
      "INSERT statement by token:desk",
      "INSERT statement_topic by token:desk",
      "UPDATE statement by token:desk",
    ]);
    const changes = (await run(ChangesDocument, { from: startedAt, to: new Date(Date.now() + 60_000).toISOString(), first: 100 })).changes;
    expect(changes.totalCount).toBeGreaterThan(10);

    await run(RemoveStanceDocument, { input: { statement: "brand-door-painted", topic: "open-doors" } });
    await run(DeleteStatementRelationDocument, { input: { from: "brand-door-painted", to: "varga-door-open", kind: "CONTRADICTS" } });
    await run(DeleteStatementDocument, { input: { slug: "varga-door-open", version: updated.version } });
    await run(DeleteStatementDocument, { input: { slug: "brand-door-painted", version: 1 } });
    const moved = (
      await run(UpdateEventDocument, { input: { slug: "envoy-remarks", version: event.version, endsAt: "2021-05-07T12:00:00Z" } })
    ).updateEvent.event;
    await run(DeleteEventDocument, { input: { slug: "envoy-remarks", version: moved.version } });
    const renamed = (await run(UpdateActorDocument, { input: { slug: "lena-varga", version: varga.version, description: "An envoy" } }))
      .updateActor.actor;
    await run(DeleteActorDocument, { input: { slug: "lena-varga", version: renamed.version } });
    const corrected = (
      await run(UpdateSourceDocument, { input: { slug: "envoy-report", version: source.version, publisher: "A test desk" } })
    ).updateSource.source;
    expect((await run(DeleteSourceDocument, { input: { slug: "envoy-report", version: corrected.version } })).deleteSource.deletedId).toBe(
      source.id,
    );
  });
});
