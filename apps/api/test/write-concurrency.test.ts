import { rivalMinisters } from "./scenarios/rival-ministers";
import { type GraphQLResponse, type ScenarioServer, startTestServerWith } from "./support/test-server";
import { codesOf, mutate, tokensFor } from "./support/writes";

let api: ScenarioServer<typeof rivalMinisters>;
let token: string;
beforeAll(async () => {
  api = await startTestServerWith(rivalMinisters);
  token = (await tokensFor(api)).writer;
});
afterAll(() => api.stop());

const write = (name: string, input: unknown, selection = "__typename") => mutate(api, token, name, input, selection);
const versionOf = async (slug: string) => (await api.db.prisma.statement.findUniqueOrThrow({ where: { slug } })).version;
/** Everything a write could touch, to compare before and after one that must change nothing. */
const snapshot = async () => ({
  statements: await api.db.prisma.statement.findMany({ orderBy: { id: "asc" }, include: { topics: true, stances: true } }),
  events: await api.db.prisma.event.findMany({ orderBy: { id: "asc" }, include: { participants: true, topics: true } }),
  changes: await api.db.prisma.change.count(),
});

describe("concurrent and failed writes", () => {
  it("refuses an update or delete with a stale version as CONFLICT, changing nothing", async () => {
    const slug = api.records.statements.followAnnexation.slug;
    expect(codesOf(await write("updateStatement", { slug, version: 1, text: "sanctions would follow an annexation, he said" }))).toEqual(
      [],
    );
    const before = await snapshot();
    const stale = await write("updateStatement", { slug, version: 1, text: "something else" });
    expect(stale.errors).toEqual([
      expect.objectContaining({
        message: `The statement "${slug}" has changed, or been deleted, since version 1 was read: read it again, then retry`,
        extensions: { code: "CONFLICT" },
      }),
    ]);
    expect(codesOf(await write("deleteStatement", { slug, version: 1 }))).toEqual(["CONFLICT"]);
    expect(await snapshot()).toEqual(before);
  });

  it("guards sources, actors and events the same way, and tells an unknown slug from a stale version", async () => {
    const records = [
      ["Source", api.records.sources.report.slug, { title: "[A retitled report, for tests]" }],
      ["Actor", "borduria", { description: "A state" }],
      ["Event", "rival-talks", { summary: "Talks" }],
    ] as const;
    for (const [type, slug, change] of records) {
      expect(codesOf(await write(`update${type}`, { slug, version: 1, ...change }))).toEqual([]);
      const before = await snapshot();
      expect(codesOf(await write(`update${type}`, { slug, version: 1, ...change }))).toEqual(["CONFLICT"]);
      expect(codesOf(await write(`delete${type}`, { slug, version: 1 }))).toEqual(["CONFLICT"]);
      expect(await snapshot()).toEqual(before);
      const unknown = await write(`update${type}`, { slug: "no-such-record", version: 1, ...change });
      expect(unknown.errors).toEqual([
        expect.objectContaining({
          message: `No ${type.toLowerCase()} has the slug "no-such-record"`,
          extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "slug" }),
        }),
      ]);
    }
  });

  it("lets exactly one of two writers racing on one version win; the other gets CONFLICT", async () => {
    const slug = api.records.statements.legitimate.slug;
    for (let round = 0; round < 5; round++) {
      const version = await versionOf(slug);
      const texts = [`Ms Rurik called it legitimate (${round}a)`, `Ms Rurik called it legitimate (${round}b)`];
      const answers = await Promise.all(
        texts.map((text) => write("updateStatement", { slug, version, kind: "PARAPHRASE", text }, "statement { text version }")),
      );
      const codes = answers.map((answer) => codesOf(answer)[0] ?? "OK").sort();
      expect(codes).toEqual(["CONFLICT", "OK"]);
      const winner = answers.find((answer) => !answer.errors);
      const stored = await api.db.prisma.statement.findUniqueOrThrow({ where: { slug } });
      expect({ text: stored.text, version: stored.version }).toEqual(
        (winner?.data as { updateStatement: { statement: unknown } }).updateStatement.statement,
      );
      expect(stored.version).toBe(version + 1);
    }
  });

  /**
   * Where a delete wins, the loser is refused with CONFLICT when it had found the record before the
   * delete committed, or as an unknown slug when it starts after (always so on PGlite, whose one
   * session runs transactions one after another).
   */
  const outcome = (answer: GraphQLResponse<unknown>) => {
    const [error] = answer.errors ?? [];
    if (!error) return "OK";
    const gone = error.extensions?.code === "BAD_USER_INPUT" && /^No statement has the slug/.test(error.message);
    return error.extensions?.code === "CONFLICT" || gone ? "REFUSED" : error.extensions?.code;
  };

  it("lets exactly one of an update and a delete racing on one version win; the other is refused", async () => {
    const slug = api.records.statements.sanctionsComing.slug;
    const answers = await Promise.all([
      write("updateStatement", { slug, version: 1, kind: "PARAPHRASE", text: "Sanctions, he said, will come" }),
      write("deleteStatement", { slug, version: 1 }, "deletedId"),
    ]);
    expect(answers.map(outcome).sort()).toEqual(["OK", "REFUSED"]);
  });

  it("lets exactly one of two deletes racing on one version win", async () => {
    const slug = api.records.statements.followAnnexation.slug;
    const version = await versionOf(slug);
    const answers = await Promise.all([
      write("deleteStatement", { slug, version }, "deletedId"),
      write("deleteStatement", { slug, version }, "deletedId"),
    ]);
    expect(answers.map(outcome).sort()).toEqual(["OK", "REFUSED"]);
  });

  it("lets writers citing one new span at once share its excerpt, and set one stance at once", async () => {
    const report = api.records.sources.report;
    const words = "Her counterpart, Boris Bord, replied";
    const excerpt = { start: report.text.indexOf(words), end: report.text.indexOf(words) + words.length };
    const create = (n: number) =>
      write("createStatement", {
        slug: `counterpart-replied-${n}`,
        text: words,
        kind: "PARAPHRASE",
        speaker: "boris-bord",
        saidAt: "2021-05-03T00:00:00Z",
        timePrecision: "DAY",
        source: report.slug,
        excerpt,
      });
    expect((await Promise.all([0, 1, 2, 3].map(create))).map((answer) => codesOf(answer))).toEqual([[], [], [], []]);
    expect(await api.db.prisma.excerpt.count({ where: { sourceId: report.id, ...excerpt } })).toBe(1);

    const stance = (position: string) =>
      write("setStance", { statement: "counterpart-replied-0", topic: "sanctions-on-ruritania", position });
    expect((await Promise.all(["SUPPORTS", "OPPOSES", "NEUTRAL"].map(stance))).map((answer) => codesOf(answer))).toEqual([[], [], []]);
    expect(await api.db.prisma.stance.count({ where: { statement: { slug: "counterpart-replied-0" } } })).toBe(1);
  });

  it("leaves nothing of a write that fails half-way", async () => {
    const before = await snapshot();
    // The event row is written before its second participant turns out unknown.
    const event = {
      slug: "half-made",
      title: "Half made",
      kind: "MEETING",
      startsAt: "2021-05-05T00:00:00Z",
      timePrecision: "DAY",
      timeZone: "UTC",
      status: "OCCURRED",
      participants: [
        { actor: "anna-rurik", role: "HOST" },
        { actor: "nobody", role: "PARTICIPANT" },
      ],
    };
    expect(codesOf(await write("createEvent", event))).toEqual(["BAD_USER_INPUT"]);
    // The statement's new version is written before one of its new topics turns out unknown.
    const slug = api.records.statements.respect.slug;
    const update = { slug, version: await versionOf(slug), timePrecision: "HOUR", topics: ["sanctions-on-ruritania", "no-such-topic"] };
    expect(codesOf(await write("updateStatement", update))).toEqual(["BAD_USER_INPUT"]);
    expect(await snapshot()).toEqual(before);
  });
});
