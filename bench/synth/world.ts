import type { ActorKind, ActorTieKind } from "@parley/db";
import { copyLine, DAY_MS, isoDate } from "./copy-format";
import { Random, uuid7, Zipf } from "./random";
import { Prose, slugify } from "./text";
import { countries, firstNames, lastNames, offices, organisations, territories } from "./vocabulary";

export interface SynthActor {
  id: string;
  slug: string;
  name: string;
  kind: ActorKind;
  description: string | null;
  /** Other names sources use for the actor. */
  names: string[];
  /** How a text first names the actor that day, and how it names them after. */
  firstMention: string;
  laterMention: string;
  /** The tie a person speaks in (their office), when they have one. */
  capacity: SynthTie | null;
}

export interface SynthTie {
  id: string;
  actor: SynthActor;
  related: SynthActor;
  kind: ActorTieKind;
  title: string | null;
  /** Days since 1970-01-01; null: not known. */
  validFrom: number | null;
  validTo: number | null;
}

export interface SynthTopic {
  id: string;
  slug: string;
  name: string;
  description: string;
}

/** Everything that is not tied to one day: actors, their names and ties, topics. */
export interface World {
  actors: SynthActor[];
  ties: SynthTie[];
  topics: SynthTopic[];
  /** Draw who speaks, posts, is talked about, hosts. */
  speakers: Zipf<SynthActor>;
  accounts: Zipf<SynthActor>;
  bodies: Zipf<SynthActor>;
  states: Zipf<SynthActor>;
  places: Zipf<SynthActor>;
  hosts: Zipf<SynthActor>;
  topicDraw: Zipf<SynthTopic>;
}

export interface WorldSize {
  actors: number;
  topics: number;
  /** The first and last day of the data, in days since 1970-01-01. */
  firstDay: number;
  lastDay: number;
}

function uniqueSlug(taken: Set<string>, base: string): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** Builds the actors (about 90% people), their ties and names, and the topics. */
export function buildWorld(random: Random, size: WorldSize): World {
  const slugs = new Set<string>();
  // Actors were recorded before the data starts: their ids sort before every day's rows.
  const recorded = (size.firstDay - 30) * DAY_MS;
  const actors: SynthActor[] = [];
  const add = (fields: Omit<SynthActor, "id" | "slug" | "capacity"> & { slug?: string }) => {
    const actor: SynthActor = {
      ...fields,
      id: uuid7(random, recorded + actors.length),
      slug: uniqueSlug(slugs, fields.slug ?? slugify(fields.name)),
      capacity: null,
    };
    actors.push(actor);
    return actor;
  };
  const count = (share: number, least: number, most = Infinity) => Math.min(most, Math.max(least, Math.round(size.actors * share)));

  const states = countries
    .slice(0, count(0.0125, 4, countries.length))
    .map((name) =>
      add({ name, kind: "STATE", description: null, names: [name, `the government of ${name}`], firstMention: name, laterMention: name }),
    );
  const places = territories
    .slice(0, count(0.0024, 1, territories.length))
    .map((name) => add({ name, kind: "TERRITORY", description: null, names: [name], firstMention: name, laterMention: name }));
  const orgs = organisations
    .slice(0, count(0.003, 2, organisations.length))
    .map(([name, short]) =>
      add({ name, kind: "ORGANIZATION", description: null, names: [name, short], firstMention: short, laterMention: short }),
    );
  const bodies: SynthActor[] = [];
  const bodyCount = count(0.025, 4, states.length * 2);
  for (let i = 0; i < bodyCount; i++) {
    const state = states[i % states.length]!;
    const isMinistry = i < states.length;
    const name = isMinistry ? `Ministry of Foreign Affairs of ${state.name}` : `Parliament of ${state.name}`;
    const short = isMinistry ? `the ${state.name} foreign ministry` : `the ${state.name} parliament`;
    bodies.push(
      add({ name, kind: "GOVERNMENT_BODY", description: null, names: [name, short], firstMention: short, laterMention: "the ministry" }),
    );
  }
  const groupTemplates = ["People of", "Opposition in", "Protesters in", "Veterans of", "Farmers of", "Residents of"];
  const groupCount = count(0.01, 1);
  for (let i = 0; i < groupCount; i++) {
    const name = `${groupTemplates[i % groupTemplates.length]} ${countries[Math.floor(i / groupTemplates.length) % countries.length]}`;
    const mention = `the ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
    add({ name, kind: "GROUP", description: null, names: [name, mention], firstMention: mention, laterMention: mention });
  }

  const accountCount = count(0.04, 2);
  const personCount = Math.max(10, size.actors - actors.length - accountCount);
  const people: SynthActor[] = [];
  const fullNames = new Set<string>();
  while (people.length < personCount) {
    const first = random.pick(firstNames);
    const last = random.pick(lastNames);
    let name = `${first} ${last}`;
    // Past the combinations of first and last names, a middle initial tells people apart.
    if (fullNames.has(name)) name = `${first} ${String.fromCharCode(65 + random.int(26))}. ${last}`;
    if (fullNames.has(name)) continue;
    fullNames.add(name);
    people.push(add({ name, kind: "PERSON", description: null, names: [name, last], firstMention: name, laterMention: last }));
  }

  const ties: SynthTie[] = [];
  const tieKeys = new Set<string>();
  const tie = (
    actor: SynthActor,
    related: SynthActor,
    kind: ActorTieKind,
    title: string | null,
    validFrom: number | null,
    validTo: number | null,
  ) => {
    const key = `${actor.id} ${related.id} ${kind}`;
    if (actor === related || tieKeys.has(key)) return null;
    tieKeys.add(key);
    const row: SynthTie = { id: uuid7(random, recorded + actors.length + ties.length), actor, related, kind, title, validFrom, validTo };
    ties.push(row);
    return row;
  };

  // People hold an office in a state (some speak for a ministry), over years that may not cover every day of the data.
  const stateDraw = new Zipf(states, 1.0);
  const officeDraw = offices.flatMap(([title, weight]) => Array.from({ length: weight }, () => title));
  const span = size.lastDay - size.firstDay;
  for (const person of people) {
    const from = size.firstDay - random.int(2000) + random.int(span + 1) - Math.floor(span / 3);
    const to = random.chance(0.55) ? null : from + 365 + random.int(3000);
    if (random.chance(0.1) && bodies.length > 0) {
      const body = random.pick(bodies.slice(0, states.length));
      person.capacity = tie(person, body, "SPEAKS_FOR", "Spokesperson", from, to);
      person.names.push(`the ${body.name.replace("Ministry of Foreign Affairs of", "foreign ministry of")} spokesperson`);
    } else {
      const state = stateDraw.draw(random);
      const title = random.pick(officeDraw);
      person.capacity = tie(person, state, "HOLDS_OFFICE_IN", title, from, to);
      person.names.push(`${title} ${person.laterMention}`, `the ${title.toLowerCase()} of ${state.name}`);
    }
    if (random.chance(0.15)) tie(person, random.pick(orgs), "MEMBER_OF", null, from, null);
  }
  for (const body of bodies) {
    const state = states.find((candidate) => body.name.endsWith(` of ${candidate.name}`))!;
    tie(body, state, "PART_OF", null, null, null);
  }
  for (const state of states) {
    for (let i = random.int(3); i >= 0; i--) tie(state, random.pick(orgs), "MEMBER_OF", null, null, null);
  }

  // Accounts are run by a person or a ministry.
  const handles = new Set<string>();
  const accounts: SynthActor[] = [];
  for (let i = 0; i < accountCount; i++) {
    const operator = random.chance(0.7) ? random.pick(people) : random.pick(bodies);
    const base =
      operator.kind === "PERSON"
        ? operator.laterMention.toLowerCase().replace(/[^a-z]/g, "")
        : `mfa_${slugify(operator.name.split(" of ").pop() ?? "").replace(/-/g, "")}`;
    let handle = `@${base}`;
    for (let n = 2; handles.has(handle); n++) handle = `@${base}${n}`;
    handles.add(handle);
    const account = add({
      name: handle,
      slug: `${slugify(handle)}-account`,
      kind: "SOCIAL_MEDIA_ACCOUNT",
      description: `The account of ${operator.name}.`,
      names: [handle, `${operator.name} (${handle})`],
      firstMention: `${operator.name} (${handle})`,
      laterMention: handle,
    });
    tie(operator, account, "OPERATES_ACCOUNT", null, null, null);
    accounts.push(account);
  }

  const prose = new Prose(random);
  const topicNames = new Set<string>();
  const topics: SynthTopic[] = [];
  const topicSlugs = new Set<string>();
  while (topics.length < size.topics) {
    const where = prose.place();
    const name = [
      `The ${prose.term()} in ${where}`,
      `Talks on ${prose.nounWord()} with ${where}`,
      `The status of ${where}`,
      `The ${prose.adjectiveWord()} ${prose.nounWord()} of ${where}`,
    ][random.int(4)]!;
    if (topicNames.has(name)) continue;
    topicNames.add(name);
    topics.push({
      id: uuid7(random, recorded + actors.length + ties.length + topics.length),
      slug: uniqueSlug(topicSlugs, slugify(name)),
      name,
      description: `What was said about ${name.charAt(0).toLowerCase()}${name.slice(1)}.`,
    });
  }

  return {
    actors,
    ties,
    topics,
    speakers: new Zipf(random.shuffle([...people]), 0.85),
    accounts: new Zipf(random.shuffle([...accounts]), 0.9),
    bodies: new Zipf(bodies, 1.0),
    states: stateDraw,
    places: new Zipf(places, 1.0),
    hosts: new Zipf([...orgs, ...bodies], 1.0),
    topicDraw: new Zipf(random.shuffle([...topics]), 1.0),
  };
}

/** The world's rows, in COPY format, in the order foreign keys need them. */
export function worldRows(world: World, random: Random): { table: string; columns: string[]; rows: string[] }[] {
  const names: string[] = [];
  for (const actor of world.actors) {
    for (const name of new Set(actor.names))
      names.push(copyLine([uuid7(random, Number.parseInt(actor.id.slice(0, 8) + actor.id.slice(9, 13), 16)), actor.id, name]));
  }
  return [
    {
      table: "actor",
      columns: ["id", "slug", "name", "kind", "description"],
      rows: world.actors.map((actor) => copyLine([actor.id, actor.slug, actor.name, actor.kind, actor.description])),
    },
    { table: "actor_name", columns: ["id", "actor_id", "name"], rows: names },
    {
      table: "actor_tie",
      columns: ["id", "actor_id", "related_actor_id", "kind", "title", "valid_from", "valid_to"],
      rows: world.ties.map((tie) =>
        copyLine([
          tie.id,
          tie.actor.id,
          tie.related.id,
          tie.kind,
          tie.title,
          tie.validFrom === null ? null : isoDate(tie.validFrom),
          tie.validTo === null ? null : isoDate(tie.validTo),
        ]),
      ),
    },
    {
      table: "topic",
      columns: ["id", "slug", "name", "description"],
      rows: world.topics.map((topic) => copyLine([topic.id, topic.slug, topic.name, topic.description])),
    },
  ];
}
