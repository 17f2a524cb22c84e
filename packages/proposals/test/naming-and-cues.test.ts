import { proposeStatements } from "../src";

const reported = (text: string) =>
  proposeStatements(text)
    .filter((proposal) => proposal.kind !== "DIRECT_QUOTE")
    .map((proposal) => [proposal.kind, proposal.text, proposal.speakerName]);
const speakers = (text: string) => proposeStatements(text).map((proposal) => [proposal.text, proposal.speakerName]);

describe("calling and naming", () => {
  it("reads calling something by quoted words as saying them, and “what he called” as his words", () => {
    const text = [
      "Oskar Lindqvist thanked the delegations for what he called “seventy hours of honest disagreement”.",
      "The weekly «Pogled» called the meeting «a diplomatic own goal».",
      "Mr Rell called the talks “frank”.",
    ].join("\n");
    expect(reported(text)).toEqual([
      [
        "PARTIAL_QUOTE",
        "Oskar Lindqvist thanked the delegations for what he called “seventy hours of honest disagreement”",
        "Oskar Lindqvist",
      ],
      ["PARTIAL_QUOTE", "The weekly «Pogled» called the meeting «a diplomatic own goal»", "Pogled"],
      // However few the words called, they are the speaker's, not a term.
      ["PARTIAL_QUOTE", "Mr Rell called the talks “frank”", "Rell"],
    ]);
  });

  it("reads calling a thing by a term as naming it", () => {
    expect(proposeStatements("Diplomats call this “constructive ambiguity”, and it has a history.")).toEqual([]);
  });
});

describe("subjects and verbs", () => {
  it("reads a plural subject with a plain-present verb and an adverb between them", () => {
    expect(reported("Ms Lysberg's officials privately describe her position as “a door that is closed”.")).toEqual([
      ["PARTIAL_QUOTE", "Ms Lysberg's officials privately describe her position as “a door that is closed”", null],
    ]);
  });

  it("reads no report where nobody reported: a negated subject, or a request not to be named", () => {
    const text = [
      "Neither government has confirmed a date.",
      "A delegate, who asked not to be named, said the talks nearly collapsed.",
    ].join("\n");
    expect(reported(text)).toEqual([["PARAPHRASE", "A delegate, who asked not to be named, said the talks nearly collapsed", null]]);
  });

  it("gives the words of a body named with its head to the body, and a body's spokesman's to the body without “'s”", () => {
    const text = [
      "In a statement, the office of the U.N. special coordinator, Amadou Sy, said it stood ready to help.",
      "The Mediation Group's spokesman, Erik Sand, said the mediators were ready.",
    ].join("\n");
    expect(reported(text).map(([, , speaker]) => speaker)).toEqual(["office of the U.N. special coordinator", "Mediation Group"]);
  });

  it("leaves a dateline with a date out of the report", () => {
    expect(reported("BRUSSELS, 12 March 2026 – Dravia will not accept a deadline, its foreign minister said on Thursday.")).toEqual([
      ["PARAPHRASE", "Dravia will not accept a deadline, its foreign minister said on Thursday", "its foreign minister"],
    ]);
  });
});

describe("speakers of cues", () => {
  it("takes an inverted cue's role on to its name in apposition", () => {
    const text = "“A road map needs a destination,” said Kestria's first deputy minister for foreign affairs, Benedikt Arno, on Thursday.";
    expect(speakers(text)).toEqual([["A road map needs a destination", "Benedikt Arno"]]);
  });

  it("takes a pronoun to the person a sentence is about, not to a place named after a preposition", () => {
    const text = [
      "The villages, Ness Lower and Ness Upper, have waited for years.",
      "The mayor of Ness Upper, Jonas Kvist, put it plainly.",
      "“They write the papers and we live in them,” he said.",
    ].join("\n");
    expect(speakers(text)).toEqual([["They write the papers and we live in them", "Jonas Kvist"]]);
  });
});
