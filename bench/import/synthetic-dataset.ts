import type { DatasetEvent, DatasetFile, DatasetRelation, DatasetStatement, DatasetTieKey } from "@parley/schema";
import { dayNumber, isoDate } from "../synth/copy-format";
import { Random } from "../synth/random";
import { Prose } from "../synth/text";
import { buildWorld, type SynthTie } from "../synth/world";

/** Statements each synthetic source reports, as a long news story does. */
const statementsPerSource = 100;
const eventsPerSource = 5;
const firstDay = "2020-01-01";

/**
 * Where `needle` starts in `haystack`, every time, overlapping ones included: the import counts a
 * locator's `occurrence` among these (its own helper is not part of @parley/db's exports).
 */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

const tieKeyOf = (tie: SynthTie): DatasetTieKey => ({ actor: tie.actor.slug, kind: tie.kind, relatedActor: tie.related.slug });

/**
 * A dataset file of `statements` statements, for measuring imports: the
 * synthesiser's world (actors, their names and ties, topics) and its prose,
 * written as sources of a hundred statements each, a day apart. Quotes are
 * found by their text (with `occurrence` where a source repeats one), as a
 * hand-made file finds them; the same seed makes the same file.
 */
export function syntheticDataset(statements: number, seed = 1): DatasetFile {
  const random = new Random(seed);
  const prose = new Prose(random.fork(2));
  const sourceCount = Math.ceil(statements / statementsPerSource);
  const first = dayNumber(firstDay);
  const world = buildWorld(random.fork(1), {
    actors: Math.max(200, Math.round(statements / 100)),
    topics: 60,
    firstDay: first,
    lastDay: first + sourceCount,
  });

  const file = {
    sources: [] as NonNullable<DatasetFile["sources"]>,
    events: [] as DatasetEvent[],
    statements: [] as DatasetStatement[],
    relations: [] as DatasetRelation[],
  };
  for (let s = 0; s < sourceCount; s++) {
    const day = isoDate(first + s);
    const slug = `synthetic-${day}`;
    const events = Array.from({ length: eventsPerSource }, (_, e): DatasetEvent => ({
      slug: `${slug}-event-${e + 1}`,
      title: `Talks on ${prose.phrase()}`,
      kind: "MEETING",
      startsAt: `${day}T${String(8 + e).padStart(2, "0")}:00:00.000Z`,
      timePrecision: "HOUR",
      timeZone: "UTC",
      orderInDay: e + 1,
      status: "OCCURRED",
      participants: [],
      topics: [world.topicDraw.draw(random).slug],
    }));
    let text = "";
    const said: { statement: DatasetStatement; excerpt: string; at: number }[] = [];
    const count = Math.min(statementsPerSource, statements - s * statementsPerSource);
    for (let i = 0; i < count; i++) {
      const speaker = world.speakers.draw(random);
      const event = events[i % eventsPerSource]!;
      if (!event.participants!.some((p) => p.actor === speaker.slug)) event.participants!.push({ actor: speaker.slug, role: "SPEAKER" });
      const quoted = i % 5 !== 4;
      const excerpt = quoted ? prose.quote(2) : `${speaker.laterMention} said ${prose.reported()}`;
      const sentence = quoted ? `${speaker.firstMention} said: “${excerpt}”` : `${excerpt}.`;
      const at = text.length + sentence.indexOf(excerpt);
      text += `${sentence} ${random.chance(0.3) ? `${prose.background()} ` : ""}\n`;
      const topic = world.topicDraw.draw(random).slug;
      const statement: DatasetStatement = {
        slug: `${slug}-${i + 1}`,
        kind: quoted ? "DIRECT_QUOTE" : "PARAPHRASE",
        speaker: speaker.slug,
        event: event.slug,
        ...(speaker.capacity && { capacity: tieKeyOf(speaker.capacity) }),
        excerpt: { source: slug, text: excerpt },
        topics: [topic],
        ...(random.chance(0.25) && { stances: [{ topic, position: random.pick(["SUPPORTS", "OPPOSES", "NEUTRAL"] as const) }] }),
      };
      said.push({ statement, excerpt, at });
      const previous = said[said.length - 2];
      if (previous && random.chance(0.2)) file.relations.push({ from: statement.slug, kind: "RESPONDS_TO", to: previous.statement.slug });
    }
    // Short quotes repeat now and then: pick the one this statement is.
    for (const { statement, excerpt, at } of said) {
      const hits = occurrences(text, excerpt);
      if (hits.length > 1) statement.excerpt = { source: slug, text: excerpt, occurrence: hits.indexOf(at) + 1 };
      file.statements.push(statement);
    }
    file.sources.push({ slug, kind: "ARTICLE", title: `[Synthetic news of ${day}]`, publishedOn: day, language: "en", text });
    file.events.push(...events);
  }

  return {
    sources: file.sources,
    topics: world.topics.map(({ slug, name, description }) => ({ slug, name, description })),
    actors: world.actors.map(({ slug, name, kind, names }) => ({ slug, name, kind, names })),
    ties: world.ties.map((tie) => ({
      ...tieKeyOf(tie),
      ...(tie.title && { title: tie.title }),
      ...(tie.validFrom !== null && { validFrom: isoDate(tie.validFrom) }),
      ...(tie.validTo !== null && { validTo: isoDate(tie.validTo) }),
    })),
    events: file.events,
    statements: file.statements,
    relations: file.relations,
  };
}
