import { createToken, revokeToken } from "@parley/db";
import { rivalMinisters } from "./scenarios/rival-ministers";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";
import { codesOf, mutate, spanOf, tokensFor } from "./support/writes";

let api: ScenarioServer<typeof rivalMinisters>;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
beforeAll(async () => {
  api = await startTestServerWith(rivalMinisters);
  tokens = await tokensFor(api);
});
afterAll(() => api.stop());

const report = () => api.records.sources.report;
const newTopic = { slug: "a-new-topic", name: "A new topic" };
/** How many changes history holds: a refused write adds none. */
const changeCount = () => api.db.prisma.change.count();

/** A statement input that the API accepts, for a test to spoil one field of. */
function statement(overrides: Record<string, unknown> = {}) {
  const text = "Sanctions are coming";
  return {
    slug: "a-new-statement",
    text,
    kind: "DIRECT_QUOTE",
    speaker: "boris-bord",
    event: "bord-press-conference",
    saidAt: "2021-05-04T00:00:00Z",
    timePrecision: "DAY",
    source: report().slug,
    excerpt: spanOf(report().text, text),
    ...overrides,
  };
}

function event(overrides: Record<string, unknown> = {}) {
  return {
    slug: "a-new-event",
    title: "A new event",
    kind: "MEETING",
    startsAt: "2021-05-05T09:00:00Z",
    timePrecision: "HOUR",
    timeZone: "Europe/London",
    status: "OCCURRED",
    ...overrides,
  };
}

describe("who may write", () => {
  it("refuses a write without a token, or with one that is malformed, unknown, expired or revoked, all alike", async () => {
    const expired = await createToken(api.db.prisma, { name: "lapsed", scope: "WRITE", expiresAt: new Date(Date.now() - 1_000) });
    const revoked = await createToken(api.db.prisma, { name: "former", scope: "ADMIN" });
    await revokeToken(api.db.prisma, "former");
    const before = await changeCount();
    const answers = [];
    for (const token of [undefined, "", "parley_not-a-token", `${tokens.writer}x`, expired, revoked]) {
      answers.push(await mutate(api, token, "createTopic", newTopic, "topic { slug }"));
    }
    const basic = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Basic ${tokens.writer}` },
      body: JSON.stringify({ query: `mutation { createTopic(input: { slug: "x", name: "x" }) { topic { slug } } }` }),
    });
    answers.push(await basic.json());
    for (const answer of answers) {
      expect(answer).toMatchObject({
        data: null,
        errors: [{ message: "Writing needs a valid token: send `Authorization: Bearer <token>`", extensions: { code: "UNAUTHENTICATED" } }],
      });
    }
    expect(await changeCount()).toBe(before);
  });

  it("keeps reading public, whatever token a read carries", async () => {
    for (const token of [undefined, "parley_not-a-token", tokens.writer]) {
      expect((await api.graphql(`{ actor(slug: "boris-bord") { slug } }`, {}, token)).data).toEqual({ actor: { slug: "boris-bord" } });
    }
  });

  it("lets a WRITE token write but not manage tokens (FORBIDDEN), and an ADMIN token do both", async () => {
    const forbidden = await api.graphql(`{ tokens { name } }`, {}, tokens.writer);
    expect(forbidden).toMatchObject({ data: null, errors: [{ extensions: { code: "FORBIDDEN" } }] });
    const listed = await api.graphql<{ tokens: { name: string; scope: string }[] }>(
      `{ tokens { name scope revokedAt } }`,
      {},
      tokens.admin,
    );
    expect(listed.data?.tokens).toEqual(
      expect.arrayContaining([
        { name: "desk", scope: "WRITE", revokedAt: null },
        { name: "chief", scope: "ADMIN", revokedAt: null },
      ]),
    );
    expect(JSON.stringify(listed)).not.toContain(tokens.writer);
    expect(codesOf(await mutate(api, tokens.admin, "createTopic", newTopic, "topic { slug }"))).toEqual([]);
  });

  it("lets an ADMIN revoke a token, which stops writing at once", async () => {
    const doomed = await createToken(api.db.prisma, { name: "doomed", scope: "WRITE" });
    const revoked = await mutate<{ revokeToken: { token: { name: string; revokedAt: string } } }>(
      api,
      tokens.admin,
      "revokeToken",
      { name: "doomed" },
      "token { name revokedAt }",
    );
    expect(revoked.data?.revokeToken.token).toEqual({ name: "doomed", revokedAt: expect.any(String) });
    expect(codesOf(await mutate(api, doomed, "createTopic", { slug: "too-late", name: "Too late" }, "topic { slug }"))).toEqual([
      "UNAUTHENTICATED",
    ]);
  });
});

describe("provenance and integrity", () => {
  const write = (name: string, input: unknown, selection = "__typename") => mutate(api, tokens.writer, name, input, selection);

  /** Expects a write refused as BAD_USER_INPUT, naming `field`, with a message matching `message`, and nothing written. */
  async function expectRefused(name: string, input: unknown, field: string | undefined, message: RegExp) {
    const before = await changeCount();
    const answer = await write(name, input);
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(message),
        extensions: expect.objectContaining({ code: "BAD_USER_INPUT", ...(field && { field }) }),
      }),
    ]);
    expect(await changeCount()).toBe(before);
  }

  it("refuses a direct quote that is not its source's text, saying where they part and what the source has", async () => {
    const { start } = spanOf(report().text, "Sanctions are coming");
    await expectRefused(
      "createStatement",
      statement({ text: "Sanctions are going" }),
      "text",
      /differs from the source at offset \d+: it has "going" where the source has "coming"/,
    );
    await expectRefused("createStatement", statement({ text: "Sanctions are coming, and" }), "text", /goes on past the span's end/);
    expect(start).toBeGreaterThan(0);
  });

  it("refuses an excerpt outside its source", async () => {
    await expectRefused(
      "createStatement",
      statement({ kind: "PARAPHRASE", excerpt: { start: 0, end: report().text.length + 1 } }),
      "excerpt",
      /past the end of the source's text/,
    );
    await expectRefused(
      "createStatement",
      statement({ kind: "PARAPHRASE", excerpt: { start: 10, end: 10 } }),
      "excerpt",
      /must be after start/,
    );
    await expectRefused(
      "createStatement",
      statement({ kind: "PARAPHRASE", excerpt: { start: -1, end: 3 } }),
      "excerpt",
      /before the source's text begins/,
    );
  });

  it("refuses an unknown speaker, event, source or topic", async () => {
    await expectRefused("createStatement", statement({ speaker: "nobody" }), "speaker", /No actor has the slug "nobody"/);
    await expectRefused("createStatement", statement({ event: "no-event" }), "event", /No event has the slug "no-event"/);
    await expectRefused("createStatement", statement({ source: "no-source" }), "source", /No source has the slug "no-source"/);
    await expectRefused("createStatement", statement({ topics: ["no-topic"] }), "topics", /No topic has the slug "no-topic"/);
    await expectRefused("createEvent", event({ participants: [{ actor: "nobody", role: "HOST" }] }), "participants", /No actor/);
  });

  it("refuses an unknown time zone and an event that ends before it starts", async () => {
    await expectRefused("createEvent", event({ timeZone: "Mars/Olympus_Mons" }), "timeZone", /not an IANA time zone/);
    await expectRefused("createEvent", event({ timeZone: "+01:00" }), "timeZone", /not an IANA time zone/);
    await expectRefused("createEvent", event({ endsAt: "2021-05-05T08:59:59Z" }), "endsAt", /ends .* before it starts/);
    await expectRefused("updateEvent", { slug: "rival-talks", version: 1, endsAt: "2021-05-02T00:00:00Z" }, "endsAt", /before it starts/);
  });

  it("refuses a duplicate slug, a malformed one, and a second source with the same text", async () => {
    await expectRefused("createActor", { slug: "boris-bord", name: "Another Boris", kind: "PERSON" }, undefined, /exists already/);
    await expectRefused("createStatement", statement({ slug: "rurik-respects-choices", kind: "PARAPHRASE" }), undefined, /exists already/);
    await expectRefused("createTopic", { slug: "Not A Slug", name: "Bad" }, "slug", /is not a slug/);
    const copy = {
      slug: "copy-of-report",
      kind: "ARTICLE",
      title: "A copy",
      publishedOn: "2021-05-04",
      language: "en",
      text: report().text,
    };
    await expectRefused("createSource", copy, undefined, /exists already/);
  });

  it("refuses a tie of an actor to itself, or one that ends before it begins", async () => {
    await expectRefused(
      "setActorTie",
      { actor: "boris-bord", relatedActor: "boris-bord", kind: "MEMBER_OF" },
      "relatedActor",
      /cannot be tied to itself/,
    );
    await expectRefused(
      "setActorTie",
      { actor: "boris-bord", relatedActor: "borduria", kind: "SPEAKS_FOR", validFrom: "2021-02-01", validTo: "2021-01-01" },
      "validTo",
      /ends before it begins/,
    );
    await expectRefused(
      "deleteActorTie",
      { actor: "boris-bord", relatedActor: "borduria", kind: "SPEAKS_FOR" },
      "relatedActor",
      /has no SPEAKS_FOR tie/,
    );
  });

  it("refuses a relation from a statement to itself", async () => {
    await expectRefused(
      "createStatementRelation",
      { from: "rurik-respects-choices", to: "rurik-respects-choices", kind: "RESTATES" },
      "to",
      /cannot relate to itself/,
    );
  });

  it("refuses to change a source's text once excerpts cite it, and to delete what others still refer to", async () => {
    await expectRefused(
      "updateSource",
      { slug: report().slug, version: 1, text: `${report().text} More.` },
      "text",
      /cited by excerpts and cannot change/,
    );
    await expectRefused("deleteActor", { slug: "boris-bord", version: 1 }, undefined, /still referred to/);
    await expectRefused("deleteEvent", { slug: "rival-talks", version: 1 }, undefined, /still referred to/);
    await expectRefused("deleteSource", { slug: report().slug, version: 1 }, undefined, /still referred to/);
  });

  it("keeps the same rules in the database for writers that bypass the API", async () => {
    const [one] = await api.db.prisma.statement.findMany({ take: 1 });
    await expect(api.db.prisma.statementRelation.create({ data: { fromId: one!.id, toId: one!.id, kind: "RESTATES" } })).rejects.toThrow(
      /statement_relation_not_to_itself/,
    );
    await expect(
      api.db.prisma.event.update({ where: { slug: "rival-talks" }, data: { endsAt: new Date("2021-05-02T00:00:00Z") } }),
    ).rejects.toThrow(/event_ends_after_start/);
  });
});
