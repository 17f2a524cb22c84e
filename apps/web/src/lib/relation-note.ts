import type { StancePosition } from "@parley/schema";

type Stance = { position: StancePosition; topic: { slug: string; name: string } };

/** The stances of the statements a page shows, by slug: what explains a relation to one of them. */
export type StancesBySlug = ReadonlyMap<string, Stance[]>;

export function stancesBySlug(statements: { slug: string; stances: Stance[] }[]): StancesBySlug {
  return new Map(statements.map((statement) => [statement.slug, statement.stances]));
}

/** What a relation's explanation reads of each side. */
export interface RelationSide {
  text: string;
  speaker: { slug: string; name: string };
  stances: Stance[];
}

const verb: Record<StancePosition, string> = { SUPPORTS: "supports", OPPOSES: "opposes", NEUTRAL: "is neutral on" };
const plural: Record<StancePosition, string> = { SUPPORTS: "support", OPPOSES: "oppose", NEUTRAL: "are neutral on" };

const normalised = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Why two statements agree or contradict, from what is recorded of them: "the same words" where
 * their texts are one, and their stances on a topic both took one on ("John Kerry opposes the
 * Crimean referendum, Sergei Lavrov supports it"; "both oppose sanctions"). Speakers go by their
 * whole names: which part of a name is the one to shorten it to differs from language to language. Null where nothing recorded says why.
 * `self` is the statement whose card shows the relation: it is named first.
 */
export function relationNote(self: RelationSide, other: RelationSide): string | null {
  const parts: string[] = [];
  if (self.speaker.slug !== other.speaker.slug && normalised(self.text) === normalised(other.text)) parts.push("the same words");
  for (const stance of self.stances) {
    const theirs = other.stances.find((candidate) => candidate.topic.slug === stance.topic.slug);
    if (!theirs) continue;
    const topic = stance.topic.name.replace(/^The /, "the ");
    if (self.speaker.slug === other.speaker.slug) continue;
    parts.push(
      theirs.position === stance.position
        ? `both ${plural[stance.position]} ${topic}`
        : `${self.speaker.name} ${verb[stance.position]} ${topic}, ${other.speaker.name} ${verb[theirs.position]} it`,
    );
  }
  if (parts.length === 0) return null;
  const note = parts.join("; ");
  return note.charAt(0).toUpperCase() + note.slice(1);
}
