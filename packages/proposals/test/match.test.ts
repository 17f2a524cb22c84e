import { type KnownActor, matchSpeaker, proposeStatements, speakerLookupKeys, type StatementProposal } from "../src";

const actor = (slug: string, name: string, names: string[] = []): KnownActor => ({ slug, name, names });
const proposal = (speakerName: string | null, speakerMentions: string[]): StatementProposal => ({
  kind: "DIRECT_QUOTE",
  excerpt: { start: 0, end: 1 },
  text: "x",
  speakerName,
  speakerMentions,
  cue: null,
  confidence: 0.9,
});

describe("matchSpeaker", () => {
  const ministry = actor("mfa-norland", "Ministry of Foreign Affairs of Norland", ["MFA Norland"]);
  const account = actor("mfa-norland-account", "@mfa_norland", ["@mfa_norland"]);
  const anna = actor("anna-berg", "Anna Berg", ["Ms Berg", "the foreign minister"]);
  const erik = actor("erik-berg", "Erik Berg", ["Mr Berg"]);

  it("matches a post's account by its handle before its display name", () => {
    expect(matchSpeaker(proposal("MFA Norland", ["MFA Norland", "@mfa_norland"]), [ministry, account])).toBe(account);
    expect(matchSpeaker(proposal("MFA Norland", ["MFA Norland"]), [ministry, account])).toBe(ministry);
  });

  it("matches by full name, then by any form the text uses", () => {
    expect(matchSpeaker(proposal("Anna Berg", []), [anna, erik])).toBe(anna);
    expect(matchSpeaker(proposal("the Norland foreign minister", ["the foreign minister"]), [anna, erik])).toBe(anna);
  });

  it("matches a bare surname only when one candidate has it", () => {
    expect(matchSpeaker(proposal("Berg", ["Berg"]), [anna])).toBe(anna);
    expect(matchSpeaker(proposal("Berg", ["Berg"]), [anna, erik])).toBeNull();
  });

  it("matches nobody for an anonymous source", () => {
    expect(matchSpeaker(proposal(null, []), [anna, erik])).toBeNull();
  });

  it("finds the seed's actors from a proposal of its own text", () => {
    const text = "Mr Lavrov arrived.\n“We agree,” the Russian foreign minister said.";
    const seedActors = [
      actor("sergei-lavrov", "Sergei Lavrov", ["Mr Lavrov", "the Russian foreign minister"]),
      actor("john-kerry", "John Kerry"),
    ];
    expect(matchSpeaker(proposeStatements(text)[0]!, seedActors)?.slug).toBe("sergei-lavrov");
  });
});

describe("speakerLookupKeys", () => {
  it("gives lower-case names and mentions, with and without “the”, and a lone surname's honorific forms", () => {
    const keys = speakerLookupKeys([
      proposal("Anna Berg", ["Ms Berg", "The foreign minister"]),
      proposal("Tamm", ["Tamm"]),
      proposal(null, []),
    ]);
    expect(keys).toEqual(
      expect.arrayContaining(["anna berg", "ms berg", "the foreign minister", "foreign minister", "berg", "mr tamm", "tamm"]),
    );
    expect(keys).toEqual([...new Set(keys)].sort());
  });
});
