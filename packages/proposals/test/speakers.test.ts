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

  it("reads a post whose words and attribution share one line", () => {
    const text = "The ministry answered:\n“Open the strait and the ferries sail. #Strait” — Selvanian MFA (@SelvaniaMFA) June 9, 2026";
    const [post] = proposeStatements(text);
    expect(post).toMatchObject({
      kind: "DIRECT_QUOTE",
      text: "Open the strait and the ferries sail. #Strait",
      speakerName: "Selvanian MFA",
    });
    expect(text.slice(post!.cue!.start, post!.cue!.end)).toBe("Selvanian MFA (@SelvaniaMFA)");
  });

  it("is surer of a quote with a named cue than of one whose speaker comes from a pronoun, and of both than of a paraphrase", () => {
    const text = "“We agree,” said Anna Berg.\n“We disagree,” she said.\nMs Berg said that nothing was settled.";
    const [named, pronoun, paraphrase] = proposeStatements(text);
    expect(named!.confidence).toBeGreaterThan(pronoun!.confidence);
    expect(pronoun!.confidence).toBeGreaterThan(paraphrase!.confidence);
  });

  it("finds the full name for a surname met before it, as a live blog's newest entry comes first", () => {
    const text = "Reyk walked past our reporter. Asked about a deal, he said only: “Not tonight.”\nTomas Reyk arrived by car.";
    expect(speakers(text)).toEqual([["Not tonight.", "Tomas Reyk"]]);
  });

  it("reads a title that opens the sentence as a title, with a middle initial in the name", () => {
    expect(speakers("Secretary of State Helen M. Carver said the ban would stay.\n“We will wait,” Ms. Carver said.")).toEqual([
      ["Secretary of State Helen M. Carver said the ban would stay", "Helen M. Carver"],
      ["We will wait", "Helen M. Carver"],
    ]);
  });

  it("reads a name after a role in lower case, and a description beside a name whatever its noun", () => {
    const text = [
      "U.N. mediator Pierre Lambert said he was hopeful.",
      "Sen. Robert Haley, the committee's ranking Republican, said the offer was a reward.",
    ].join("\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Pierre Lambert", "Robert Haley"]);
  });

  it("finds a role in the end of a longer stretch before a name, for later mentions", () => {
    const text = "Aid is short, according to its country director, Marguerite Fontaine.\nThe director said the stores were empty.";
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Marguerite Fontaine", "Marguerite Fontaine"]);
  });

  it("gives a quote two speakers say together to each of them, with one span", () => {
    const proposals = proposeStatements("John Kerry met Sergei Lavrov.\n“We agree,” Kerry and Lavrov said.");
    expect(proposals.map((proposal) => [proposal.text, proposal.speakerName])).toEqual([
      ["We agree", "John Kerry"],
      ["We agree", "Sergei Lavrov"],
    ]);
  });

  it("reads a speaker written as a label before a colon", () => {
    const text = "Varga: “We are ready.”\nReyk: “Ready is a big word.”\nAn adviser: “Progress.”\nIlse Varga and Tomas Reyk met.";
    expect(speakers(text)).toEqual([
      ["We are ready.", "Ilse Varga"],
      ["Ready is a big word.", "Tomas Reyk"],
      ["Progress.", null],
    ]);
  });
});
