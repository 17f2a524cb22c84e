import { proposeStatements } from "../src";

const reported = (text: string) => proposeStatements(text).filter((proposal) => proposal.kind !== "DIRECT_QUOTE");

describe("reported speech", () => {
  it("makes reported speech with quoted words a PARTIAL_QUOTE: the clause, cue and speaker included, without its full stop", () => {
    expect(reported("On Monday, Mr Tamm said the talks had been “useful” but slow.")).toMatchObject([
      { kind: "PARTIAL_QUOTE", text: "Mr Tamm said the talks had been “useful” but slow", speakerName: "Tamm" },
    ]);
  });

  it("makes reported speech without quoted words a PARAPHRASE, after any verb of saying", () => {
    const text =
      "Ms Ida Holm warned that the border would close. She told reporters the army was ready. She described the plan as reckless.";
    expect(reported(text).map((proposal) => [proposal.kind, proposal.text])).toEqual([
      ["PARAPHRASE", "Ms Ida Holm warned that the border would close"],
      ["PARAPHRASE", "She told reporters the army was ready"],
      ["PARAPHRASE", "She described the plan as reckless"],
    ]);
  });

  it("gives each of two speakers in one sentence only their own clause", () => {
    const text = "Mr Tamm said the talks were “useful”, while Ms Holm said they had been “a waste of time”.";
    expect(reported(text).map((proposal) => [proposal.text, proposal.speakerName])).toEqual([
      ["Mr Tamm said the talks were “useful”", "Tamm"],
      ["Ms Holm said they had been “a waste of time”", "Holm"],
    ]);
  });

  it("gives two speakers sharing one clause a proposal each, with the same span", () => {
    const text = "Foreign Minister Ida Holm and Jan Tamm, her counterpart, say they want peace.";
    const proposals = reported(text);
    expect(proposals.map((proposal) => proposal.speakerName)).toEqual(["Ida Holm", "Jan Tamm"]);
    expect(new Set(proposals.map((proposal) => proposal.text))).toEqual(new Set([text.slice(0, -1)]));
  });

  it("reads “according to” and an inverted cue as reporting the whole sentence", () => {
    const text = "The convoy was stopped twice, according to the Red Cross. The talks had failed, said Mr Tamm.";
    expect(reported(text).map((proposal) => [proposal.text, proposal.speakerName])).toEqual([
      ["The convoy was stopped twice, according to the Red Cross", "Red Cross"],
      ["The talks had failed, said Mr Tamm", "Tamm"],
    ]);
  });

  it("reads no report in a passive, a question put to someone, or the reporter's gloss", () => {
    const text = "Mr Tamm was asked about sanctions. When Mr Tamm talks of peace, he is saying that the war is won.";
    expect(reported(text)).toEqual([]);
  });
});
