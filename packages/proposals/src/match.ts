import type { KnownActor, StatementProposal } from "./types";

const normalise = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

const namesOf = (actor: KnownActor): string[] => [actor.name, ...actor.names].map(normalise);
const surname = (name: string): string => normalise(name).split(" ").at(-1)!;
const HONORIFICS = ["mr", "ms", "mrs", "dr"];

/** The one candidate, or null when there are none or several. */
const onlyOne = (actors: KnownActor[]): KnownActor | null => (new Set(actors.map((actor) => actor.slug)).size === 1 ? actors[0]! : null);

/**
 * The known actor a proposal's speaker is, or null. Most specific first: a post's handle (the account, not the
 * body it speaks for), then the speaker's full name, then any other form the text uses for them, then a surname
 * that one candidate alone has.
 */
export function matchSpeaker(proposal: StatementProposal, candidates: KnownActor[]): KnownActor | null {
  const handles = proposal.speakerMentions.filter((mention) => mention.startsWith("@")).map(normalise);
  for (const handle of handles) {
    const account = onlyOne(candidates.filter((actor) => namesOf(actor).some((name) => name === handle || name.includes(`(${handle})`))));
    if (account) return account;
  }
  if (proposal.speakerName === null) return null;
  const byName = onlyOne(candidates.filter((actor) => namesOf(actor).includes(normalise(proposal.speakerName!))));
  if (byName) return byName;
  const mentions = proposal.speakerMentions.map(normalise);
  const byMention = candidates
    .map((actor) => ({ actor, hits: namesOf(actor).filter((name) => mentions.includes(name)).length }))
    .filter((scored) => scored.hits > 0)
    .sort((a, b) => b.hits - a.hits);
  if (byMention.length > 0 && (byMention.length === 1 || byMention[0]!.hits > byMention[1]!.hits)) return byMention[0]!.actor;
  const family = surname(proposal.speakerName);
  return onlyOne(candidates.filter((actor) => namesOf(actor).some((name) => name.includes(" ") && surname(name) === family)));
}

/**
 * The strings to look candidate actors up by, lower case, for a SQL `lower(name) = ANY(...)` over actors' names
 * and the names sources use for them: each speaker's name and mentions, with and without "the", and a lone
 * surname with the honorifics sources put before it ("Mr Lavrov").
 */
export function speakerLookupKeys(proposals: StatementProposal[]): string[] {
  const keys = new Set<string>();
  for (const proposal of proposals) {
    const names = [proposal.speakerName, ...proposal.speakerMentions].filter((name): name is string => name !== null);
    for (const name of names) {
      const lower = name.toLowerCase().replace(/\s+/g, " ").trim();
      keys.add(lower);
      keys.add(lower.replace(/^the /, ""));
      if (!lower.startsWith("the ") && !lower.startsWith("@")) keys.add(`the ${lower}`);
    }
    if (proposal.speakerName && !proposal.speakerName.includes(" ")) {
      for (const honorific of HONORIFICS) keys.add(`${honorific} ${proposal.speakerName.toLowerCase()}`);
    }
    if (proposal.speakerName?.includes(" ")) keys.add(surname(proposal.speakerName));
  }
  return [...keys].sort();
}
