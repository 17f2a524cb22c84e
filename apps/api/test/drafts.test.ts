import { captureDesk, wireStory, wireStoryMetadata } from "./scenarios/capture-desk";
import { createDraft, type DraftView, publishDraft, readDraft, statementWith, updateDraft } from "./support/drafts";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";
import { codesOf, mutate, tokensFor } from "./support/writes";

let api: ScenarioServer<typeof captureDesk>;
let writer: string;
let admin: string;
beforeAll(async () => {
  api = await startTestServerWith(captureDesk);
  ({ writer, admin } = await tokensFor(api));
});
afterAll(() => api.stop());

const newDraft = async (bearer = writer, text = wireStory): Promise<DraftView> => {
  const created = await createDraft(api, bearer, { ...wireStoryMetadata, text });
  expect(created.errors).toBeUndefined();
  return created.data!.createDraft.draft;
};

describe("a new draft", () => {
  it("keeps the text and metadata, and the proposals, all PENDING, with speakers resolved to known actors", async () => {
    const draft = await newDraft();
    expect(draft).toMatchObject({
      version: 1,
      status: "OPEN",
      createdBy: "desk",
      updatedBy: "desk",
      title: wireStoryMetadata.title,
      text: wireStory,
    });
    expect(draft.statements.every((statement) => statement.origin === "PROPOSED" && statement.decision === "PENDING")).toBe(true);
    expect(draft.counts).toEqual({
      proposed: draft.statements.length,
      added: 0,
      accepted: 0,
      rejected: 0,
      pending: draft.statements.length,
    });
    expect(statementWith(draft, "We are closer").speaker).toEqual({ slug: "anna-rurik" });
    expect(statementWith(draft, "We will not sign").speaker).toEqual({ slug: "boris-bord" });
    for (const statement of draft.statements) expect(wireStory.slice(statement.excerpt.start, statement.excerpt.end)).toBe(statement.text);
  });

  it("makes a new actor for a speaker no known actor matches, and an event from the dateline and published date", async () => {
    const draft = await newDraft();
    const varga = statementWith(draft, "Nobody asked us");
    expect(varga.speaker).toBeNull();
    expect(draft.actors).toContainEqual({ key: varga.newSpeaker, name: "Lena Varga", kind: "PERSON", names: [] });
    expect(draft.events).toEqual([
      expect.objectContaining({ key: "e1", day: "2031-05-06", timePrecision: "DAY", timeZone: "Europe/London", place: "London" }),
    ]);
    expect(draft.statements.every((statement) => statement.newEvent === "e1")).toBe(true);
  });

  it("relates a quote broken by its cue to the part it continues", async () => {
    const draft = await newDraft();
    expect(statementWith(draft, "But closer is not there").continues).toBe(statementWith(draft, "We are closer").key);
  });
});

describe("reviewing a draft", () => {
  it("accepts, edits and rejects proposals, adds a statement by its words, and counts them", async () => {
    const draft = await newDraft();
    const paraphrase = statementWith(draft, "within reach");
    const quote = statementWith(draft, "Nobody asked us");
    const edited = await updateDraft(api, writer, {
      id: draft.id,
      version: draft.version,
      statements: [
        { key: paraphrase.key, decision: "REJECTED" },
        {
          key: quote.key,
          decision: "ACCEPTED",
          event: "harbour-summit",
          topics: ["harbour-accord"],
          stances: [{ topic: "harbour-accord", position: "OPPOSES" }],
        },
        { key: "added-1", kind: "PARTIAL_QUOTE", excerpt: { text: "the harbour accord was within reach" }, speaker: "anna-rurik" },
      ],
    });
    expect(edited.errors).toBeUndefined();
    const after = edited.data!.updateDraft.draft;
    expect(after.version).toBe(2);
    expect(statementWith(after, "Nobody asked us")).toMatchObject({
      decision: "ACCEPTED",
      event: { slug: "harbour-summit" },
      newEvent: null,
    });
    expect(after.statements.find((statement) => statement.key === "added-1")).toMatchObject({
      origin: "ADDED",
      decision: "ACCEPTED",
      text: "the harbour accord was within reach",
      excerpt: { start: wireStory.indexOf("the harbour accord was"), end: wireStory.indexOf("the harbour accord was") + 35 },
      speaker: { slug: "anna-rurik" },
    });
    expect(after.counts).toMatchObject({ added: 1, accepted: 2, rejected: 1 });
    // The reload of the draft, from anyone who writes, shows the same.
    expect(await readDraft(api, admin, draft.id)).toEqual(after);
  });

  it("refuses an edit that makes a direct quote differ from the text, naming the statement, and keeps the draft as it was", async () => {
    const draft = await newDraft();
    const quote = statementWith(draft, "We will not sign");
    const refused = await updateDraft(api, writer, {
      id: draft.id,
      version: 1,
      statements: [{ key: quote.key, text: "We will sign in a hurry" }],
    });
    expect(codesOf(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors?.[0]?.extensions?.field).toBe(`statements[${quote.key}].text`);
    expect(refused.errors?.[0]?.message).toMatch(/DIRECT_QUOTE must be the draft's text at its excerpt exactly/);
    expect(await readDraft(api, writer, draft.id)).toEqual(draft);
  });

  it.each([
    ["a span outside the text", { excerpt: { start: 0, end: 1_000_000 } }, ".excerpt", /does not fit the draft's text/],
    ["words the text does not hold", { excerpt: { text: "words never written" } }, ".excerpt", /does not occur in the draft's text/],
    ["words the text holds twice", { excerpt: { text: "harbour" } }, ".excerpt", /occurs 2 times/],
    ["an unknown actor", { speaker: "nobody-at-all" }, ".speaker", /no actor has the slug "nobody-at-all"/],
    ["an unknown new actor", { newSpeaker: "a99" }, ".newSpeaker", /no new actor with the key "a99"/],
    ["an unknown topic", { topics: ["no-such-topic"] }, ".topics", /no topic has the slug/],
    ["a continuation of itself", { continues: "SELF" }, ".continues", /is not another statement/],
  ])("refuses %s, naming the statement's field", async (_what, change, field, message) => {
    const draft = await newDraft();
    const key = draft.statements[0]!.key;
    const statement = { key, ...change, ...("continues" in change && { continues: key }) };
    const refused = await updateDraft(api, writer, { id: draft.id, version: 1, statements: [statement] });
    expect(codesOf(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors?.[0]?.extensions?.field).toBe(`statements[${key}]${field}`);
    expect(refused.errors?.[0]?.message).toMatch(message);
  });

  it("of two writers racing on one version, lets exactly one win; the other gets CONFLICT and changes nothing", async () => {
    const draft = await newDraft();
    const [first, second] = draft.statements;
    const results = await Promise.all([
      updateDraft(api, writer, { id: draft.id, version: 1, statements: [{ key: first!.key, decision: "ACCEPTED" }] }),
      updateDraft(api, admin, { id: draft.id, version: 1, statements: [{ key: second!.key, decision: "REJECTED" }] }),
    ]);
    expect(results.map(codesOf).toSorted()).toEqual([[], ["CONFLICT"]]);
    const now = await readDraft(api, writer, draft.id);
    expect(now.version).toBe(2);
    expect(now.counts.accepted + now.counts.rejected).toBe(1);
  });

  it("lists drafts newest first, with their counts, and finds one by node(id)", async () => {
    const older = await newDraft();
    const newer = await newDraft(admin);
    const listed = await api.graphql<{ drafts: { edges: { node: { id: string; createdBy: string } }[] } }>(
      "{ drafts(first: 2) { edges { node { id createdBy } } } }",
      {},
      writer,
    );
    expect(listed.data?.drafts.edges.map((edge) => edge.node)).toEqual([
      { id: newer.id, createdBy: "chief" },
      { id: older.id, createdBy: "desk" },
    ]);
    const mine = await api.graphql<{ drafts: { edges: { node: { createdBy: string } }[] } }>(
      "{ drafts(first: 100, mine: true) { edges { node { createdBy } } } }",
      {},
      admin,
    );
    expect(new Set(mine.data?.drafts.edges.map((edge) => edge.node.createdBy))).toEqual(new Set(["chief"]));
    const node = await api.graphql<{ node: { id: string; title: string } }>(
      "query ($id: ID!) { node(id: $id) { id ... on Draft { title } } }",
      { id: older.id },
      writer,
    );
    expect(node.data?.node).toEqual({ id: older.id, title: wireStoryMetadata.title });
  });

  it("keeps drafts from readers without a token", async () => {
    const draft = await newDraft();
    expect(codesOf(await api.graphql("{ drafts { totalCount } }"))).toEqual(["UNAUTHENTICATED"]);
    expect(codesOf(await api.graphql("query ($id: ID!) { node(id: $id) { id } }", { id: draft.id }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("deletes an open draft at the version read", async () => {
    const draft = await newDraft();
    expect(codesOf(await mutate(api, writer, "deleteDraft", { id: draft.id, version: 7 }, "deletedId"))).toEqual(["CONFLICT"]);
    expect((await mutate(api, writer, "deleteDraft", { id: draft.id, version: 1 }, "deletedId")).data).toEqual({
      deleteDraft: { deletedId: draft.id },
    });
    expect((await api.graphql("query ($id: ID!) { draft(id: $id) { id } }", { id: draft.id }, writer)).data).toEqual({ draft: null });
  });
});

describe("publishing a draft", () => {
  /** A draft with its quotes accepted and the rest rejected. */
  let copies = 0;
  const reviewed = async () => {
    // A text published once cannot be published again: each of these tests publishes a copy of its own.
    const draft = await newDraft(writer, `${wireStory}\n\n[Copy ${++copies}]`);
    const statements = draft.statements.map((statement) => ({
      key: statement.key,
      decision: statement.kind === "DIRECT_QUOTE" ? "ACCEPTED" : "REJECTED",
    }));
    const updated = await updateDraft(api, writer, { id: draft.id, version: 1, statements });
    expect(updated.errors).toBeUndefined();
    return updated.data!.updateDraft.draft;
  };

  it("creates the source, new actors, the event and the accepted statements in one write, and marks the draft PUBLISHED", async () => {
    const draft = await reviewed();
    const published = await publishDraft(api, writer, { id: draft.id, version: draft.version });
    expect(published.errors).toBeUndefined();
    const { source } = published.data!.publishDraft;
    expect(source).toEqual({ slug: "2031-05-06-rurik-harbour-accord-within-reach-an", title: wireStoryMetadata.title });
    expect(published.data!.publishDraft.draft).toMatchObject({
      status: "PUBLISHED",
      version: draft.version + 1,
      source: { slug: source.slug },
    });

    const read = await api.graphql<{ source: { text: string }; statements: { edges: { node: Record<string, unknown> }[] } }>(
      `query ($slug: String!) { source(slug: $slug) { text } statements(first: 100, source: $slug) { edges { node {
        slug kind text speaker { slug name } event { slug title participants { role actor { slug } } }
        excerpt { start end } relations { kind statement { text } } } } } }`,
      { slug: source.slug },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.source.text).toBe(draft.text);
    const statements = read.data!.statements.edges.map((edge) => edge.node);
    expect(statements.map((statement) => statement.text)).toEqual(
      draft.statements.filter((statement) => statement.decision === "ACCEPTED").map((statement) => statement.text),
    );
    expect(statements.find((statement) => statement.text === "Nobody asked us")).toMatchObject({
      kind: "DIRECT_QUOTE",
      speaker: { slug: "lena-varga", name: "Lena Varga" },
      event: { title: wireStoryMetadata.title },
    });
    expect(statements.find((statement) => statement.text === "But closer is not there.")).toMatchObject({
      slug: "rurik-but-closer-is-not-there",
      relations: [{ kind: "CONTINUES", statement: { text: "We are closer than we have ever been" } }],
    });
    const participants = (statements[0]!.event as { participants: { actor: { slug: string } }[] }).participants;
    expect(new Set(participants.map((participant) => participant.actor.slug))).toEqual(new Set(["anna-rurik", "boris-bord", "lena-varga"]));

    const history = await api.db.prisma.change.findMany({ where: { tableName: "statement" }, select: { changedBy: true } });
    expect(new Set(history.map((change) => change.changedBy))).toEqual(new Set(["token:desk"]));
  });

  it("refuses to publish twice, and any change to a published draft, writing nothing", async () => {
    const draft = await reviewed();
    const first = await publishDraft(api, writer, { id: draft.id, version: draft.version });
    const version = first.data!.publishDraft.draft.version;
    const sources = await api.db.prisma.source.count();
    for (const again of [
      { id: draft.id, version },
      { id: draft.id, version: draft.version },
    ]) {
      const refused = await publishDraft(api, writer, again);
      expect(codesOf(refused)).toEqual(["BAD_USER_INPUT"]);
      expect(refused.errors?.[0]?.message).toMatch(/already published/);
    }
    expect(codesOf(await updateDraft(api, writer, { id: draft.id, version, title: "[Another title]" }))).toEqual(["BAD_USER_INPUT"]);
    expect(codesOf(await mutate(api, writer, "deleteDraft", { id: draft.id, version }, "deletedId"))).toEqual(["BAD_USER_INPUT"]);
    expect(await api.db.prisma.source.count()).toBe(sources);
  });

  it("refuses a draft whose accepted statement names an event deleted since, naming the statement, and writes nothing", async () => {
    const draft = await reviewed();
    const quote = statementWith(draft, "We will not sign");
    const event = await mutate<{ createEvent: { event: { slug: string; version: number } } }>(
      api,
      writer,
      "createEvent",
      {
        slug: "short-lived-talks",
        title: "Talks",
        kind: "MEETING",
        startsAt: "2031-05-06T00:00:00Z",
        timePrecision: "DAY",
        timeZone: "UTC",
        status: "OCCURRED",
      },
      "event { slug version }",
    );
    const updated = await updateDraft(api, writer, {
      id: draft.id,
      version: draft.version,
      statements: [{ key: quote.key, event: "short-lived-talks" }],
    });
    expect(codesOf(await mutate(api, writer, "deleteEvent", event.data!.createEvent.event, "deletedId"))).toEqual([]);
    const counts = { sources: await api.db.prisma.source.count(), actors: await api.db.prisma.actor.count() };

    const refused = await publishDraft(api, writer, { id: draft.id, version: updated.data!.updateDraft.draft.version });
    expect(codesOf(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors?.[0]?.extensions?.field).toBe(`statements[${quote.key}].event`);
    expect({ sources: await api.db.prisma.source.count(), actors: await api.db.prisma.actor.count() }).toEqual(counts);
    expect((await readDraft(api, writer, draft.id)).status).toBe("OPEN");
  });

  it("refuses a second draft of an article published already, naming its source", async () => {
    const draft = await reviewed();
    const first = await publishDraft(api, writer, { id: draft.id, version: draft.version });
    const twin = await newDraft(admin, draft.text);
    await updateDraft(api, admin, { id: twin.id, version: 1, statements: [{ key: twin.statements[0]!.key, decision: "ACCEPTED" }] });
    const refused = await publishDraft(api, admin, { id: twin.id, version: 2 });
    expect(refused.errors?.[0]).toMatchObject({
      message: `text: the source "${first.data!.publishDraft.source.slug}" has this very text already: an article is published once`,
      extensions: { code: "BAD_USER_INPUT", field: "text" },
    });
  });

  it("refuses a draft with nothing accepted", async () => {
    const draft = await newDraft();
    const refused = await publishDraft(api, writer, { id: draft.id, version: 1 });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "statements" } });
  });
});
