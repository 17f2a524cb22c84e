import { revokeToken } from "@parley/db";
import { captureDesk, wireStory, wireStoryMetadata } from "./scenarios/capture-desk";
import { createDraft, publishDraft, readDraft, statementWith, updateDraft } from "./support/drafts";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";
import { codesOf, mutate, tokensFor } from "./support/writes";

// The bad input of the capture issue, each against the API over HTTP. Writes are limited to 30 a minute
// per token here, so that "many drafts from one token" meets the limit.
const writeLimit = { points: 30, windowSeconds: 60 };

let api: ScenarioServer<typeof captureDesk>;
let writer: string;
let admin: string;
beforeAll(async () => {
  api = await startTestServerWith(captureDesk, { server: { writeLimit } });
  ({ writer, admin } = await tokensFor(api));
});
afterAll(() => api.stop());

const draftOf = async (text: string, bearer = writer) => {
  const created = await createDraft(api, bearer, { ...wireStoryMetadata, text });
  expect(created.errors).toBeUndefined();
  return created.data!.createDraft.draft;
};

describe("capture's bad input", () => {
  it("takes a 200 kB article as a draft and as a source, within the signed-in body limit", async () => {
    const long = `${wireStory}\n\n`.repeat(Math.ceil(200_000 / wireStory.length)).slice(0, 200_000);
    const draft = await draftOf(long, admin);
    expect(draft.text).toBe(long);
    expect(draft.statements.length).toBeGreaterThan(100);
    const source = await mutate(
      api,
      admin,
      "createSource",
      { slug: "a-long-article", kind: "ARTICLE", title: "[Long]", publishedOn: "2031-05-06", language: "en", text: long },
      "source { slug }",
    );
    expect(source.errors).toBeUndefined();
  });

  it("keeps emoji, astral characters and CRLF exactly, and its spans index the text as JavaScript does", async () => {
    const text = "PARIS (Invented Wire) - The envoy was blunt.\r\n\r\n“Harbours 🚢 are not 𝒻𝑜𝓇 sale,” said Lena Varga.\r\n\r\n[Invented.]";
    const draft = await draftOf(text);
    expect(draft.text).toBe(text);
    const quote = statementWith(draft, "Harbours");
    expect(quote.text).toBe("Harbours 🚢 are not 𝒻𝑜𝓇 sale");
    expect(text.slice(quote.excerpt.start, quote.excerpt.end)).toBe(quote.text);
    const added = await updateDraft(api, writer, {
      id: draft.id,
      version: 1,
      statements: [{ key: "blunt", kind: "PARAPHRASE", excerpt: { text: "The envoy was blunt" }, newSpeaker: quote.newSpeaker }],
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.updateDraft.draft.statements.find((statement) => statement.key === "blunt")?.excerpt).toEqual({
      start: text.indexOf("The envoy"),
      end: text.indexOf("The envoy") + 19,
    });
    expect(added.data!.updateDraft.draft.events[0]).toMatchObject({ place: "Paris", timeZone: "Europe/Paris" });
  });

  it("refuses NUL bytes, naming where the first one is, and keeps nothing", async () => {
    const drafts = await api.db.prisma.draft.count();
    const refused = await createDraft(api, writer, { ...wireStoryMetadata, text: "Clean words\u0000 then a NUL" });
    expect(codesOf(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors?.[0]?.message).toBe(
      'Variable "$input.text" contains NUL (U+0000) at offset 11, which no text in Parley can hold',
    );
    expect(refused.errors?.[0]?.extensions?.offset).toBe(11);
    expect(await api.db.prisma.draft.count()).toBe(drafts);
  });

  it("lets another writer carry on with a draft whose token was revoked, and ends that token's sessions", async () => {
    const { createToken } = await import("@parley/db");
    const leaving = await createToken(api.db.prisma, { name: "leaving", scope: "WRITE" });
    const session = await mutate<{ createSession: { secret: string } }>(api, undefined, "createSession", { token: leaving }, "secret");
    const secret = session.data!.createSession.secret;
    const draft = await draftOf(wireStory, secret);
    expect(draft.createdBy).toBe("leaving");
    await revokeToken(api.db.prisma, "leaving");

    const key = statementWith(draft, "Nobody asked us").key;
    expect(codesOf(await updateDraft(api, secret, { id: draft.id, version: 1, statements: [{ key, decision: "ACCEPTED" }] }))).toEqual([
      "UNAUTHENTICATED",
    ]);
    const carried = await updateDraft(api, writer, { id: draft.id, version: 1, statements: [{ key, decision: "ACCEPTED" }] });
    expect(carried.data?.updateDraft.draft).toMatchObject({ createdBy: "leaving", updatedBy: "desk", version: 2 });
    expect(codesOf(await publishDraft(api, writer, { id: draft.id, version: 2 }))).toEqual([]);
  });

  it("refuses an edit made after the session expired, losing nothing; signed in again, the same edit succeeds", async () => {
    const signIn = async () =>
      (await mutate<{ createSession: { secret: string } }>(api, undefined, "createSession", { token: writer }, "secret")).data!
        .createSession.secret;
    const secret = await signIn();
    const draft = await draftOf(wireStory, secret);
    await api.db.prisma.webSession.updateMany({ where: { endedAt: null }, data: { expiresAt: new Date(Date.now() - 1) } });
    const edit = { id: draft.id, version: 1, statements: [{ key: draft.statements[0]!.key, decision: "REJECTED" }] };
    expect(codesOf(await updateDraft(api, secret, edit))).toEqual(["UNAUTHENTICATED"]);
    expect(await readDraft(api, writer, draft.id)).toEqual(draft);
    const done = await updateDraft(api, await signIn(), edit);
    expect(done.data?.updateDraft.draft.counts.rejected).toBe(1);
  });

  it("refuses a caller without a bearer a body over 100 kB, with 413", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer parley_not-in-force" },
      body: JSON.stringify({ query: "{ __typename }", variables: { text: "x".repeat(150_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it("limits one token's drafts: past the write limit, RATE_LIMITED with when to retry, and nothing more kept", async () => {
    const { createToken } = await import("@parley/db");
    const busy = await createToken(api.db.prisma, { name: "busy", scope: "WRITE" });
    const codes = [];
    for (let n = 0; n < writeLimit.points + 2; n++)
      codes.push(...codesOf(await createDraft(api, busy, { ...wireStoryMetadata, text: `Draft ${n}.` })));
    expect(codes).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
    const refused = await createDraft(api, busy, { ...wireStoryMetadata, text: "One more." });
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(await api.db.prisma.draft.count({ where: { createdBy: { name: "busy" } } })).toBe(writeLimit.points);
  });
});
