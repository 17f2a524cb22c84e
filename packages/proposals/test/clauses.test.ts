import { proposeStatements } from "../src";
import { parseSubject } from "../src/noun-phrases";

const reported = (text: string) =>
  proposeStatements(text)
    .filter((proposal) => proposal.kind !== "DIRECT_QUOTE")
    .map((proposal) => [proposal.text, proposal.speakerName]);

describe("where a reported clause starts and ends", () => {
  it("reads a cue after its report, followed by whom it was told to or when, as ending the report", () => {
    const text = [
      "A truce was “holding, barely” on Wednesday, the envoy, Ngozi Achebe, told reporters, as trucks waited.",
      "Dravia will not accept a deadline, Radu Velic said on Thursday, after a long meeting.",
    ].join("\n");
    expect(reported(text)).toEqual([
      ["A truce was “holding, barely” on Wednesday, the envoy, Ngozi Achebe, told reporters", "Ngozi Achebe"],
      ["Dravia will not accept a deadline, Radu Velic said on Thursday", "Radu Velic"],
    ]);
  });

  it("ends a report made in a relative clause where the clause ends", () => {
    expect(reported("Ms Achebe, who said on Monday that she would stay until the convoy crossed, is due to meet Darko.")).toEqual([
      ["Ms Achebe, who said on Monday that she would stay until the convoy crossed", "Achebe"],
    ]);
  });

  it("reads a sentence ending in an apposition that a speaker's words describe as their report", () => {
    expect(reported("Ostra and Belmar agreed to reopen the port for thirty days, a deal both sides described as fragile.")).toEqual([
      ["Ostra and Belmar agreed to reopen the port for thirty days, a deal both sides described as fragile", null],
    ]);
  });

  it("starts a second speaker's clause only where words join it, not after a bare comma inside a report", () => {
    expect(reported("A spokeswoman for the embassy said the ambassador, Oskar Brenn, had asked for a meeting.")).toEqual([
      ["A spokeswoman for the embassy said the ambassador, Oskar Brenn, had asked for a meeting", "embassy"],
    ]);
  });

  it("starts a clause after an abbreviation's full stop where the segmenter did not end the sentence", () => {
    expect(reported("Talks were held at the U.N. Officials said they had been useful.")).toEqual([
      ["Officials said they had been useful", null],
    ]);
  });

  it("finds a subject after a leading participle phrase, with an aside between subject and verb", () => {
    const text = [
      "Asked what she would tell him, Ms Ada Lund smiled and said it was a matter for the president.",
      "A spokesman for the council, reached by telephone, denied the charge.",
    ].join("\n");
    expect(reported(text)).toEqual([
      ["Ms Ada Lund smiled and said it was a matter for the president", "Ada Lund"],
      ["A spokesman for the council, reached by telephone, denied the charge", "council"],
    ]);
  });

  it("reads no noun phrase in words that hold a finite verb", () => {
    const clause = "the administration was rewarding a government";
    expect(parseSubject(clause, { start: 0, end: clause.length })).toBeNull();
    expect(parseSubject("the administration", { start: 0, end: 18 })).toMatchObject([{ kind: "organisation" }]);
  });
});

describe("who a sentence-wide cue names", () => {
  it("reads “According to X,” opening a sentence", () => {
    expect(reported("According to Ms Sorensen, two trucks were carrying ammunition.")).toEqual([
      ["According to Ms Sorensen, two trucks were carrying ammunition", "Sorensen"],
    ]);
  });

  it("gives a document's words to its author, and to an anonymous source when it has none", () => {
    const text = [
      "The ban has cost exporters $1.2 billion, according to figures compiled by the Plains Grain Council, an industry group.",
      "Selvania's position, according to a briefing note seen by our correspondent, is that the blockade stays.",
    ].join("\n");
    expect(reported(text).map(([, speaker]) => speaker)).toEqual(["Plains Grain Council", null]);
  });

  it("reads a capitalised verb of saying as part of a name, and no speaker after a verb whose object is spoken of", () => {
    const text = [
      "The deal was brokered by the Council of Harbour States, whose head flew in on Tuesday.",
      "Ms Lund said the aid was welcome, accused the rebels of moving weapons, and warned that trucks would be seized.",
    ].join("\n");
    expect(reported(text)).toEqual([
      ["Ms Lund said the aid was welcome, accused the rebels of moving weapons, and warned that trucks would be seized", "Lund"],
    ]);
  });
});
