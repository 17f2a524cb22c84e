import type { SpeakerPhrase, Voice } from "./phrase-words";

/** Someone or something the text has words from: a person, a body, an anonymous source, or people speaking together. */
export interface Entity {
  id: number;
  kind: "person" | "organisation" | "anonymous" | "role" | "group";
  /** The fullest name the text gives; for an unresolved role, the role as written; null when anonymous. */
  name: string | null;
  gender?: "m" | "f";
  plural: boolean;
  /** What the text says this speaker is ("russian", "foreign", "minister"): how a role phrase finds them. */
  descriptors: Set<string>;
  mentions: string[];
  /** The body or person a spokesperson speaks for: their words, and later mentions of them, are its. */
  speaksFor?: Entity;
  /** A group's members ("Holt and Vandermeer both said"): "they" later is all of them, and their words each one's. */
  members?: Entity[];
}

/** A subject or speaker met in the text; a spokesperson's voice lets "he" or "she" take the body they speak for. */
interface Subject {
  at: number;
  entity: Entity;
  voice?: Voice;
}

/** A word of a role matches a word said of a person when one is the other, or starts it ("Vessarian", "Vessaria’s"). */
const sameWord = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));
const HEAD_WEIGHT = 2;

const tokens = (name: string): string[] => name.toLowerCase().split(/\s+/);
const endsWith = (words: string[], tail: string[]): boolean =>
  tail.length <= words.length && tail.every((word, index) => words[words.length - tail.length + index] === word);

/**
 * The speakers of one text and who each later mention is: names by their surname, roles by what the
 * text said of people, pronouns by the most recent compatible subject or speaker.
 */
export class Entities {
  private readonly all: Entity[] = [];
  /** Subjects and speakers in text order, for pronouns. */
  private readonly subjects: Subject[] = [];
  // Indexes that keep a long text's look-ups short: people by surname, bodies and roles by name, where each was seen.
  private readonly peopleBySurname = new Map<string, Entity[]>();
  private readonly byName = new Map<string, Entity>();
  private readonly seenAt = new Map<Entity, number[]>();

  /** A person the text names (first pass: every name, so early surnames find the full name given later). */
  introducePerson(phrase: Extract<SpeakerPhrase, { kind: "name" }>): Entity {
    const known = this.personNamed(phrase.name);
    const entity = known ?? this.create("person", phrase.name);
    if (phrase.name.split(/\s+/).length > (entity.name ?? "").split(/\s+/).length) entity.name = phrase.name;
    entity.gender ??= phrase.gender;
    phrase.descriptors.forEach((word) => entity.descriptors.add(word));
    return entity;
  }

  /** The account a social-media post comes from: its display name, known by its handle too. */
  account(displayName: string, handle: string, at: number): Entity {
    const entity = this.named("organisation", displayName);
    for (const mention of [displayName, handle]) if (!entity.mentions.includes(mention)) entity.mentions.push(mention);
    this.note({ at, entity });
    return entity;
  }

  mention(entity: Entity, surface: string): void {
    if (!entity.mentions.includes(surface)) entity.mentions.push(surface);
  }

  describe(entity: Entity, words: string[]): void {
    words.forEach((word) => entity.descriptors.add(word));
  }

  /**
   * The person whose name, or surname, this is ("Kadic" is "Miroslav Kadic"; "John Kerry" is the "Kerry" met
   * first). Of several with that surname, the one the text spoke of last.
   */
  personNamed(name: string): Entity | undefined {
    const wanted = tokens(name);
    // Either name ends with the other, so both end with the same word.
    const people = this.peopleBySurname.get(wanted.at(-1)!) ?? [];
    const byEnd = people.filter((entity) => endsWith(tokens(entity.name!), wanted));
    const matches = byEnd.length > 0 ? byEnd : people.filter((entity) => endsWith(wanted, tokens(entity.name!)));
    return matches.reduce<Entity | undefined>(
      (best, entity) => (best === undefined || this.lastSeen(entity, Infinity) >= this.lastSeen(best, Infinity) ? entity : best),
      undefined,
    );
  }

  /** Who a phrase in a speaker's place is, at `at` in the text; records them as the latest subject. */
  resolve(phrase: SpeakerPhrase, at: number): Entity | null {
    const entity = this.find(phrase, at);
    if (!entity) return null;
    if (!entity.mentions.includes(phrase.surface) && phrase.kind !== "pronoun") entity.mentions.push(phrase.surface);
    const voice = "voice" in phrase ? phrase.voice : undefined;
    const spokesperson = voice?.name ? this.personNamed(voice.name) : undefined;
    if (spokesperson && spokesperson !== entity) spokesperson.speaksFor = entity;
    this.note({ at, entity, voice: voice ?? this.voiceOf(phrase) });
    return entity;
  }

  /** Speakers named together in one subject: later, "they" are these, and the group's words are each one's. */
  together(members: Entity[], at: number): Entity {
    const key = `group:${members.map((member) => member.id).join(",")}`;
    const group = this.byName.get(key) ?? this.create("group", members.map((member) => member.name).join(" and "));
    group.plural = true;
    group.members = members;
    this.byName.set(key, group);
    this.note({ at, entity: group });
    return group;
  }

  /** Records a subject without a statement (the first person a sentence names), for later pronouns. */
  noteSubject(entity: Entity, at: number): void {
    this.note(entity.speaksFor ? { at, entity: entity.speaksFor, voice: { name: entity.name, gender: entity.gender } } : { at, entity });
  }

  /** A spokesperson named again ("Mr. Arroyo said"): they speak for the body they were introduced with. */
  private voiceOf(phrase: SpeakerPhrase): Voice | undefined {
    const person = phrase.kind === "name" ? this.personNamed(phrase.name) : undefined;
    return person?.speaksFor ? { name: person.name, gender: person.gender } : undefined;
  }

  private find(phrase: SpeakerPhrase, at: number): Entity | null {
    switch (phrase.kind) {
      case "pronoun":
        return this.antecedent(phrase, at);
      case "name": {
        const person = this.personNamed(phrase.name);
        if (person) return person.speaksFor ?? person;
        // A single word never given as a person's name is a body or a place ("Russia said").
        const kind = phrase.name.includes(" ") || phrase.gender ? "person" : "organisation";
        return this.named(kind, phrase.name);
      }
      case "organisation":
        return this.personNamed(phrase.name) ?? this.named("organisation", phrase.name);
      case "role":
        if (!phrase.definite) {
          const anonymous = this.create("anonymous", null);
          anonymous.plural = phrase.plural;
          this.describe(anonymous, phrase.descriptors);
          return anonymous;
        }
        return this.byRole(phrase.descriptors, at) ?? this.named("role", phrase.surface);
    }
  }

  /** The speaker a definite role refers to: the one the text described with most of its words. */
  private byRole(words: string[], at: number): Entity | null {
    const head = words.at(-1);
    let best: { entity: Entity; score: number; at: number } | null = null;
    for (const entity of this.all) {
      if (entity.kind === "organisation") continue;
      const score = words.reduce(
        (sum, word) => sum + ([...entity.descriptors].some((known) => sameWord(known, word)) ? (word === head ? HEAD_WEIGHT : 1) : 0),
        0,
      );
      const seen = this.lastSeen(entity, at);
      if (score > 0 && (best === null || score > best.score || (score === best.score && seen > best.at)))
        best = { entity, score, at: seen };
    }
    return best?.entity ?? null;
  }

  private note(subject: Subject): void {
    this.subjects.push(subject);
    const times = this.seenAt.get(subject.entity) ?? [];
    times.push(subject.at);
    this.seenAt.set(subject.entity, times);
  }

  private lastSeen(entity: Entity, before: number): number {
    const times = this.seenAt.get(entity) ?? [];
    for (let index = times.length - 1; index >= 0; index--) if (times[index]! < before) return times[index]!;
    return -1;
  }

  private antecedent(pronoun: Extract<SpeakerPhrase, { kind: "pronoun" }>, at: number): Entity | null {
    for (let index = this.subjects.length - 1; index >= 0; index--) {
      const { at: seen, entity, voice } = this.subjects[index]!;
      if (seen >= at) continue;
      if (pronoun.plural !== entity.plural) continue;
      if (!pronoun.plural && entity.kind === "organisation" && !voice) continue;
      const gender = voice ? voice.gender : entity.gender;
      if (pronoun.gender && gender && pronoun.gender !== gender) continue;
      if (pronoun.gender && !gender && entity.kind === "person" && !voice) entity.gender = pronoun.gender;
      return entity;
    }
    return null;
  }

  private named(kind: Entity["kind"], name: string): Entity {
    const key = `${kind}:${name.toLowerCase().replace(/^the\s+/, "")}`;
    const known = this.byName.get(key);
    if (known) return known;
    const entity = this.create(kind, name);
    this.byName.set(key, entity);
    return entity;
  }

  private create(kind: Entity["kind"], name: string | null): Entity {
    const entity: Entity = { id: this.all.length, kind, name, plural: false, descriptors: new Set(), mentions: [] };
    this.all.push(entity);
    if (kind === "person" && name !== null) {
      const surname = tokens(name).at(-1)!;
      this.peopleBySurname.set(surname, [...(this.peopleBySurname.get(surname) ?? []), entity]);
    }
    return entity;
  }
}
