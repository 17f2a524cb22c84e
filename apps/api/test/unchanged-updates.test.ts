import { readDataVersion } from "../src/db/data-version";
import { rivalMinisters } from "./scenarios/rival-ministers";
import { type ScenarioServer, startTestServerWith } from "./support/test-server";
import { codesOf, mutate, tokensFor } from "./support/writes";

let api: ScenarioServer<typeof rivalMinisters>;
let token: string;
beforeAll(async () => {
  api = await startTestServerWith(rivalMinisters);
  token = (await tokensFor(api)).writer;
});
afterAll(() => api.stop());

const write = (name: string, input: unknown, selection: string) => mutate(api, token, name, input, selection);

/** What a write that changes nothing must leave as it was: the data's version (the response cache's key) and history. */
const traces = async () => ({ dataVersion: await readDataVersion(api.db), changes: await api.db.prisma.change.count() });

const { report } = rivalMinisters.sources;
const { boris } = rivalMinisters.actors;
const { talks } = rivalMinisters.events;
const { legitimate } = rivalMinisters.statements;

/** Each versioned record, an update that sends only what it has already (as stored, or in another form), and what it answers. */
const unchanged = [
  {
    name: "updateSource",
    selection: "source { slug title version }",
    inputs: [
      {},
      { title: report.title, kind: report.kind, language: report.language, publishedOn: "2021-05-04", text: report.text, url: null },
    ],
    answer: { source: { slug: report.slug, title: report.title, version: 1 } },
    slug: report.slug,
  },
  {
    name: "updateActor",
    selection: "actor { slug name names version }",
    inputs: [{}, { name: boris.name, kind: boris.kind, names: ["Mr Bord", "Mr Bord"] }],
    answer: { actor: { slug: boris.slug, name: boris.name, names: ["Mr Bord"], version: 1 } },
    slug: boris.slug,
  },
  {
    name: "updateEvent",
    selection: "event { slug title version }",
    inputs: [
      {},
      {
        title: talks.title,
        startsAt: "2021-05-03T00:00:00.000+00:00",
        orderInDay: 1,
        participants: [
          { actor: "boris-bord", role: "PARTICIPANT" },
          { actor: "anna-rurik", role: "PARTICIPANT" },
        ],
        topics: ["bordurian-referendum"],
      },
    ],
    answer: { event: { slug: talks.slug, title: talks.title, version: 1 } },
    slug: talks.slug,
  },
  {
    name: "updateStatement",
    selection: "statement { slug text version }",
    inputs: [
      {},
      {
        text: legitimate.text,
        kind: legitimate.kind,
        speaker: "anna-rurik",
        event: "bord-press-conference",
        source: report.slug,
        excerpt: { start: report.text.indexOf(legitimate.text), end: report.text.indexOf(legitimate.text) + legitimate.text.length },
        topics: ["bordurian-referendum", "bordurian-referendum"],
      },
    ],
    answer: { statement: { slug: legitimate.slug, text: legitimate.text, version: 1 } },
    slug: legitimate.slug,
  },
];

describe("an update that changes nothing", () => {
  it.each(unchanged)(
    "$name keeps the version, the data's version and history, and answers the record as it is",
    async ({ name, selection, inputs, answer, slug }) => {
      for (const input of inputs) {
        const before = await traces();
        const { data, errors } = await write(name, { slug, version: 1, ...input }, selection);
        expect(errors).toBeUndefined();
        expect(data?.[name]).toEqual(answer);
        expect(await traces()).toEqual(before);
      }
    },
  );

  it.each(unchanged)("$name with a stale version is still CONFLICT", async ({ name, selection, slug }) => {
    expect(codesOf(await write(name, { slug, version: 0 }, selection))).toEqual(["CONFLICT"]);
  });

  it("leaves history whole: the change after one that changed nothing is version 1 to 2", async () => {
    const { presser } = rivalMinisters.events;
    const id = (await api.db.prisma.event.findUniqueOrThrow({ where: { slug: presser.slug } })).id;
    expect(codesOf(await write("updateEvent", { slug: presser.slug, version: 1, title: presser.title }, "event { version }"))).toEqual([]);
    expect(codesOf(await write("updateEvent", { slug: presser.slug, version: 1, title: "Bord's briefing" }, "event { version }"))).toEqual(
      [],
    );
    const updates = await api.db.prisma.change.findMany({ where: { recordId: id, operation: "UPDATE" } });
    expect(updates.map(({ before, after }) => [(before as { version: number }).version, (after as { version: number }).version])).toEqual([
      [1, 2],
    ]);
  });
});
