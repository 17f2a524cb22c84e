import { proposeStatements } from "../src";

describe("what is not a statement", () => {
  it("skips scare quotes, a so-called term and a newspaper's title", () => {
    const text = "The so-called “road map” was dropped. Delegates met in the “blue room” at noon. She reads “The Times” daily.";
    expect(proposeStatements(text)).toEqual([]);
  });

  it("does not make a quoted title inside reported speech a partial quote", () => {
    const [proposal] = proposeStatements("Ms Holm told “The Northern Post” that talks would resume.");
    expect(proposal).toMatchObject({ kind: "PARAPHRASE", text: "Ms Holm told “The Northern Post” that talks would resume" });
  });

  it("skips headlines and timestamps", () => {
    const text = "Talks stall in Lund\n10.42 GMT\n“We will wait,” said Anna Berg.";
    expect(proposeStatements(text).map((proposal) => proposal.text)).toEqual(["We will wait"]);
  });

  it("proposes a pull quote once, at its place in the body", () => {
    const text = [
      "We will not wait another winter for water. Anna Berg",
      "Ms Anna Berg spoke after the talks.",
      "“We will not wait another winter for water,” she said.",
    ].join("\n");
    const proposals = proposeStatements(text);
    expect(proposals.map((proposal) => proposal.text)).toEqual(["We will not wait another winter for water"]);
    expect(proposals[0]!.excerpt.start).toBe(text.lastIndexOf("We will not"));
  });
});
