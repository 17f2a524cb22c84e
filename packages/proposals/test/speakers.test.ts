import { proposeStatements } from "../src";

const speakers = (text: string) => proposeStatements(text).map((proposal) => [proposal.text, proposal.speakerName]);

describe("speakers", () => {
  it("names the speaker by the fullest name the text gives, titles stripped, through later surnames, roles and pronouns", () => {
    const text = [
      "Norland's foreign minister, Anna Berg, met Mr Jan Tamm on Monday.",
      "“We are close,” Ms Berg said.",
      "The foreign minister added that a deal was near.",
      "“Closer than ever,” she said.",
    ].join("\n");
    expect(speakers(text)).toEqual([
      ["We are close", "Anna Berg"],
      ["The foreign minister added that a deal was near", "Anna Berg"],
      ["Closer than ever", "Anna Berg"],
    ]);
    const mentions = proposeStatements(text)[0]!.speakerMentions;
    expect(mentions).toEqual(expect.arrayContaining(["Anna Berg", "Ms Berg", "Norland's foreign minister", "The foreign minister"]));
  });

  it("takes a pronoun to the most recent subject of its gender, not to a person named after it", () => {
    const text = "Ms Ida Holm met Mr Jan Tamm.\nWhen Mr Tamm left, he thanked Ms Holm.\n“It was a good day,” he said.";
    expect(speakers(text)).toEqual([["It was a good day", "Jan Tamm"]]);
  });

  it("gives an unnamed spokesperson's words to the organisation, and a named one's to the person", () => {
    const text = [
      "A spokeswoman for the Norland foreign ministry said the talks would resume.",
      "“Nothing is agreed,” a Kremlin spokesman said.",
      "A spokesman for the presidency, Ivo Lind, said the president was informed.",
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Norland foreign ministry", "Kremlin", "Ivo Lind"]);
  });

  it("leaves anonymous sources without a name", () => {
    const text = "One diplomat said the text was thin. “It will not last,” a senior official said. Officials said they were tired.";
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([null, null, null]);
  });

  it("gives an embedded post to its display name, with the handle among the mentions, and drops the picture's link", () => {
    const text = "Ms Berg posted this:\nTalks resume at noon. pic.twitter.com/AbC123\n— Anna Berg (@berg_anna) May 6, 2031";
    const [post] = proposeStatements(text);
    expect(post).toMatchObject({ kind: "DIRECT_QUOTE", text: "Talks resume at noon.", speakerName: "Anna Berg" });
    expect(post!.speakerMentions).toContain("@berg_anna");
  });

  it("is surer of a quote with a named cue than of one whose speaker comes from a pronoun, and of both than of a paraphrase", () => {
    const text = "“We agree,” said Anna Berg.\n“We disagree,” she said.\nMs Berg said that nothing was settled.";
    const [named, pronoun, paraphrase] = proposeStatements(text);
    expect(named!.confidence).toBeGreaterThan(pronoun!.confidence);
    expect(pronoun!.confidence).toBeGreaterThan(paraphrase!.confidence);
  });
});
