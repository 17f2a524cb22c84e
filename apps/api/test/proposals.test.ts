import { readShippedDatasets } from "@parley/db";
import { startTestServer, type TestServer } from "./support/test-server";
import { codesOf, tokensFor } from "./support/writes";

// The shipped article, in the seeded database: its statements' speakers are among the seeded actors.
const shipped = readShippedDatasets()[0]!.dataset;
const article = shipped.sources![0]!.text;

let api: TestServer;
let writer: string;
beforeAll(async () => {
  api = await startTestServer();
  ({ writer } = await tokensFor(api));
});
afterAll(() => api.stop());

interface Proposal {
  kind: string;
  excerpt: { start: number; end: number };
  text: string;
  speakerName: string | null;
  speaker: { slug: string } | null;
}
const propose = (text: string, bearer?: string) =>
  api.graphql<{ proposeStatements: Proposal[] }>(
    "query ($text: String!) { proposeStatements(text: $text) { kind excerpt { start end } text speakerName speaker { slug } cue { start end } confidence } }",
    { text },
    bearer,
  );

describe("proposeStatements", () => {
  it("proposes the seed article's statements, with speakers resolved to the seeded actors, and writes nothing", async () => {
    const changes = await api.db.prisma.change.count();
    const { data, errors } = await propose(article, writer);
    expect(errors).toBeUndefined();
    const proposals = data!.proposeStatements;
    for (const proposal of proposals) expect(article.slice(proposal.excerpt.start, proposal.excerpt.end)).toBe(proposal.text);
    // Every direct quote the dataset records is proposed at its span, by the dataset's speaker.
    const quotes = shipped.statements!.flatMap((statement) => {
      const text = statement.text ?? ("text" in statement.excerpt ? statement.excerpt.text : undefined);
      return statement.kind === "DIRECT_QUOTE" && text ? [{ text, speaker: statement.speaker }] : [];
    });
    expect(quotes.length).toBeGreaterThan(5);
    const found = quotes.filter((quote) =>
      proposals.some(
        (proposal) => proposal.kind === "DIRECT_QUOTE" && proposal.text === quote.text && proposal.speaker?.slug === quote.speaker,
      ),
    );
    expect(found.length / quotes.length).toBeGreaterThanOrEqual(0.9);
    expect(proposals.some((proposal) => proposal.speaker?.slug === "sergei-lavrov")).toBe(true);
    expect(proposals.some((proposal) => proposal.speaker?.slug === "john-kerry")).toBe(true);
    expect(await api.db.prisma.change.count()).toBe(changes);
  });

  it("resolves speakers in one SQL statement, whatever the number of proposals", async () => {
    api.sql.length = 0;
    await propose(article, writer);
    expect(api.sql.filter((sql) => /actor_name/.test(sql))).toHaveLength(1);
  });

  it("needs a bearer that may write", async () => {
    expect(codesOf(await propose(article))).toEqual(["UNAUTHENTICATED"]);
    expect(codesOf(await propose(article, "parley_nope"))).toEqual(["UNAUTHENTICATED"]);
  });

  it("answers a 200 kB article, which a caller without a bearer may not send at all", async () => {
    const long = `${article}\n\n`.repeat(Math.ceil(200_000 / article.length)).slice(0, 200_000);
    const started = Date.now();
    const { data, errors, status } = await propose(long, writer);
    expect({ status, errors }).toEqual({ status: 200, errors: undefined });
    expect(data!.proposeStatements.length).toBeGreaterThan(50);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await propose(long)).status).toBe(413);
  });
});
