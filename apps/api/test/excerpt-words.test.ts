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

const report = () => api.records.sources.report;
const statement = (slug: string, excerpt: Record<string, unknown>, kind = "PARAPHRASE", text?: string) => ({
  slug,
  kind,
  text: text ?? "Words",
  speaker: "boris-bord",
  saidAt: "2021-05-04T00:00:00Z",
  timePrecision: "DAY",
  source: report().slug,
  excerpt,
});
const create = (input: Record<string, unknown>) => mutate(api, token, "createStatement", input, "statement { slug excerpt { start end } }");

describe("an excerpt given by its words", () => {
  it("is found where the words occur once", async () => {
    const words = "Sanctions are coming, and sanctions will hurt.";
    const { data, errors } = await create(statement("bord-words-once", { text: words }, "DIRECT_QUOTE", words));
    expect(errors).toBeUndefined();
    expect(data).toEqual({ createStatement: { statement: { slug: "bord-words-once", excerpt: spanOf(report().text, words) } } });
  });

  it("takes the occurrence asked for where the words occur more than once", async () => {
    const second = report().text.indexOf("sanctions", report().text.indexOf("Sanctions are") + 20);
    const { data } = await create(statement("bord-second-sanctions", { text: "sanctions", occurrence: 2 }));
    expect(data).toEqual({
      createStatement: { statement: { slug: "bord-second-sanctions", excerpt: { start: second, end: second + 9 } } },
    });
  });

  it("changes a statement's span by its words", async () => {
    const { data } = await mutate(
      api,
      token,
      "updateStatement",
      { slug: "bord-second-sanctions", version: 1, excerpt: { text: "sanctions would follow any annexation" } },
      "statement { excerpt { start end } }",
    );
    expect(data).toEqual({ updateStatement: { statement: { excerpt: spanOf(report().text, "sanctions would follow any annexation") } } });
  });

  it.each([
    [
      "words the source does not hold",
      { text: "words never said" },
      /^The excerpt's text "words never said" does not occur in the source$/,
    ],
    ["words it holds twice, with no occurrence", { text: "sanctions" }, /occurs 2 times/],
    ["an occurrence past the last", { text: "sanctions", occurrence: 3 }, /occurrence 3 .* asked for, but it occurs 2 times/],
    ["both forms", { start: 0, end: 5, text: "On Mo" }, /one form only/],
    ["neither form", {}, /one form only/],
    ["half a span", { start: 3 }, /one form only/],
  ])("refuses %s as BAD_USER_INPUT naming the excerpt", async (_what, excerpt, message) => {
    const refused = await create(statement("bord-refused", excerpt));
    expect(codesOf(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { field: "excerpt" } });
  });

  it("still checks a DIRECT_QUOTE character for character", async () => {
    const refused = await create(statement("bord-misquoted", { text: "sanctions will hurt" }, "DIRECT_QUOTE", "sanctions will sting"));
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "text" } });
    expect(refused.errors?.[0]?.message).toMatch(/differs from the source at offset/);
  });
});
