import { proposeStatements, type StatementProposal } from "../src";

const directQuotes = (text: string): StatementProposal[] => proposeStatements(text).filter((proposal) => proposal.kind === "DIRECT_QUOTE");
const texts = (proposals: StatementProposal[]): string[] => proposals.map((proposal) => proposal.text);

describe("direct quotes", () => {
  it("takes the words inside curly marks, without the cue's comma, keeping a final . ? or !", () => {
    const text = "“We agree,” she said. “Do we?” he asked. “Never!” said Anna Berg.";
    expect(texts(directQuotes(text))).toEqual(["We agree", "Do we?", "Never!"]);
  });

  it("reads straight marks with single marks inside them as one quotation", () => {
    const text = `"I asked her: 'Will you come?' She said no," Mr Holt said.`;
    expect(texts(directQuotes(text))).toEqual(["I asked her: 'Will you come?' She said no"]);
  });

  it("reads guillemets", () => {
    expect(texts(directQuotes("Ms Roux said: «The border stays open.»"))).toEqual(["The border stays open."]);
  });

  it("reads British single marks, where apostrophes (won’t, UK’s, Kerry’s, the farmers’) are not marks", () => {
    const text = "‘The UK’s view won’t change,’ Ms Berg said, ‘and the farmers’ patience is gone.’ She left Kerry’s table.";
    expect(texts(directQuotes(text))).toEqual(["The UK’s view won’t change", "and the farmers’ patience is gone."]);
  });

  it("gives each paragraph of a quotation carried over a paragraph break its own proposal, the second continuing the first", () => {
    const text = "Mr Holt spoke last.\n“We will stay. Nobody asked us to leave.\n“We will stay next year too.”";
    const quotes = proposeStatements(text);
    expect(texts(quotes)).toEqual(["We will stay. Nobody asked us to leave.", "We will stay next year too."]);
    expect(quotes[1]!.continues).toBe(0);
    expect(quotes[1]!.speakerName).toBe("Holt");
  });

  it("makes a quote broken by its cue two proposals, the second continuing the first", () => {
    const quotes = proposeStatements("Ms Anna Berg arrived.\n“We agree,” she said. “The rest can wait.”");
    expect(texts(quotes)).toEqual(["We agree", "The rest can wait."]);
    expect(quotes.map((quote) => quote.continues)).toEqual([undefined, 0]);
    expect(quotes.map((quote) => quote.speakerName)).toEqual(["Anna Berg", "Anna Berg"]);
  });

  it("finds the cue before (She said: “…”), after (“…,” she said) and inverted (“…,” said Anna Berg)", () => {
    const text =
      "Foreign Minister Anna Berg spoke first. She said: “We came to listen.”\n“We listened,” said Anna Berg.\n“Now we act,” she added.";
    const quotes = proposeStatements(text).filter((proposal) => proposal.kind === "DIRECT_QUOTE");
    expect(quotes.map((quote) => text.slice(quote.cue!.start, quote.cue!.end))).toEqual(["She said", "said Anna Berg", "she added"]);
    expect(quotes.every((quote) => quote.speakerName === "Anna Berg")).toBe(true);
  });
});
