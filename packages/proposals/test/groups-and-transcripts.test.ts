import { proposeStatements } from "../src";

const said = (text: string) => proposeStatements(text).map((proposal) => [proposal.kind, proposal.text, proposal.speakerName]);

describe("transcripts", () => {
  it("reads a line “Name: words” as the named person's direct quote, and not a question's “Q:” or a label", () => {
    const text = [
      "Piet Vandermeer and Ragna Holt faced reporters.",
      "Q: Will you pull back the guns?",
      "Vandermeer: Our forces answered fire. I will not apologise for it.",
      "Holt: There was no fire to answer.",
      "Update: The session is over.",
    ].join("\n");
    expect(said(text)).toEqual([
      ["DIRECT_QUOTE", "Our forces answered fire. I will not apologise for it.", "Piet Vandermeer"],
      ["DIRECT_QUOTE", "There was no fire to answer.", "Ragna Holt"],
    ]);
  });
});

describe("people speaking together", () => {
  it("gives “they” the speakers last reported together, and their words to each of them", () => {
    const text = [
      "Ragna Holt met Piet Vandermeer.",
      "Asked about prisoners, Holt and Vandermeer both said a list would be exchanged.",
      "“It is a small thing,” they said. “It is also the first thing.”",
    ].join("\n");
    expect(said(text).slice(2)).toEqual([
      ["DIRECT_QUOTE", "It is a small thing", "Ragna Holt"],
      ["DIRECT_QUOTE", "It is a small thing", "Piet Vandermeer"],
      ["DIRECT_QUOTE", "It is also the first thing.", "Ragna Holt"],
      ["DIRECT_QUOTE", "It is also the first thing.", "Piet Vandermeer"],
    ]);
  });

  it("reads “one of them” as an anonymous source", () => {
    expect(said("Several diplomats said the meeting was hard. One of them said Mr Velic had left twice.")).toEqual([
      ["PARAPHRASE", "Several diplomats said the meeting was hard", null],
      ["PARAPHRASE", "One of them said Mr Velic had left twice", null],
    ]);
  });
});
