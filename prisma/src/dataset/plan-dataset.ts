import { createHash } from "node:crypto";
import type { DatasetFile, DatasetLocator } from "@parley/schema";
import { quoteMismatch } from "../provenance";
import { IssueList } from "./issues";
import { locate } from "./locate";
import { type DatasetPlan, type SourceSpan, tieKey } from "./plan";
import { isCalendarDate, isTimeZone, utcInstant } from "./time";

const unique = <T>(items: readonly T[] | undefined): T[] => [...new Set(items ?? [])];

/**
 * Checks everything a dataset file says that the schema cannot (references,
 * provenance, dates and time zones, duplicates) and turns it into a plan to
 * write. Every issue found is reported at once, each naming its record and field.
 */
export function planDataset(file: DatasetFile): DatasetPlan {
  const issues = new IssueList();

  /** Slug -> index in the file, reporting the slugs given twice. */
  function slugIndex(collection: string, records: readonly { slug: string }[] | undefined): Map<string, number> {
    const index = new Map<string, number>();
    (records ?? []).forEach(({ slug }, i) => {
      const first = index.get(slug);
      if (first !== undefined) issues.add(`${collection}[${i}].slug`, `"${slug}" is already the slug of ${collection}[${first}]`);
      else index.set(slug, i);
    });
    return index;
  }
  // Sources and events are looked up through their planned records below; their slugs are checked here.
  slugIndex("sources", file.sources);
  slugIndex("events", file.events);
  const topics = slugIndex("topics", file.topics);
  const actors = slugIndex("actors", file.actors);
  const statements = slugIndex("statements", file.statements);

  const known = (path: string, what: string, index: Map<string, number>, slug: string) => {
    if (!index.has(slug)) issues.add(path, `unknown ${what} "${slug}"`);
  };
  const knownTopics = (path: string, slugs: readonly string[] | undefined) => {
    (slugs ?? []).forEach((slug, i) => known(`${path}[${i}]`, "topic", topics, slug));
    return unique(slugs);
  };

  const texts = new Map<string, number>();
  const plannedSources = (file.sources ?? []).map((source, i) => {
    if (!isCalendarDate(source.publishedOn)) issues.add(`sources[${i}].publishedOn`, `"${source.publishedOn}" is not a date of the calendar`);
    const contentHash = createHash("sha256").update(source.text, "utf8").digest("hex");
    const twin = texts.get(contentHash);
    if (twin !== undefined) issues.add(`sources[${i}].text`, `is the same text as sources[${twin}]'s; a text is stored once`);
    texts.set(contentHash, i);
    return { ...source, contentHash };
  });
  const sourceText = new Map(plannedSources.map((source) => [source.slug, source.text]));

  function span(path: string, locator: DatasetLocator | undefined): SourceSpan | null {
    if (locator === undefined) return null;
    const text = sourceText.get(locator.source);
    if (text === undefined) return issues.add(`${path}.source`, `unknown source "${locator.source}"`), null;
    const found = locate(text, locator.source, locator);
    if (typeof found === "string") return issues.add(path, found), null;
    return { source: locator.source, ...found };
  }

  const ties = new Map<string, { actor: string; relatedActor: string }>();
  const plannedTies = (file.ties ?? []).map((tie, i) => {
    const path = `ties[${i}]`;
    known(`${path}.actor`, "actor", actors, tie.actor);
    known(`${path}.relatedActor`, "actor", actors, tie.relatedActor);
    if (tie.actor === tie.relatedActor) issues.add(`${path}.relatedActor`, `is the tie's own actor; a tie joins two actors`);
    if (ties.has(tieKey(tie))) issues.add(path, `${tieKey(tie)} is given twice; an actor has one tie of a kind to another`);
    ties.set(tieKey(tie), tie);
    for (const field of ["validFrom", "validTo"] as const) {
      const date = tie[field];
      if (date !== undefined && !isCalendarDate(date)) issues.add(`${path}.${field}`, `"${date}" is not a date of the calendar`);
    }
    if (tie.validFrom && tie.validTo && tie.validTo < tie.validFrom) issues.add(`${path}.validTo`, `ends (${tie.validTo}) before it starts (${tie.validFrom})`);
    return { ...tie, attestedBy: span(`${path}.attestedBy`, tie.attestedBy) };
  });

  const plannedEvents = (file.events ?? []).map((event, i) => {
    const path = `events[${i}]`;
    const startsAt = utcInstant(event.startsAt);
    const endsAt = event.endsAt === undefined ? undefined : utcInstant(event.endsAt);
    if (startsAt === null) issues.add(`${path}.startsAt`, `"${event.startsAt}" is not an instant`);
    if (endsAt === null) issues.add(`${path}.endsAt`, `"${event.endsAt}" is not an instant`);
    if (startsAt && endsAt && endsAt < startsAt) issues.add(`${path}.endsAt`, `ends (${endsAt}) before it starts (${startsAt})`);
    if (!isTimeZone(event.timeZone)) issues.add(`${path}.timeZone`, `"${event.timeZone}" is not an IANA time zone (such as "Europe/London")`);
    const participants = new Map((event.participants ?? []).map((participant) => [`${participant.actor} ${participant.role}`, participant]));
    (event.participants ?? []).forEach(({ actor }, p) => known(`${path}.participants[${p}].actor`, "actor", actors, actor));
    return {
      ...event,
      startsAt: startsAt ?? event.startsAt,
      ...(endsAt && { endsAt }),
      participants: [...participants.values()],
      topics: knownTopics(`${path}.topics`, event.topics),
      reportedBy: (event.reportedBy ?? []).map((locator, r) => span(`${path}.reportedBy[${r}]`, locator)).filter((found) => found !== null),
    };
  });
  const plannedEventBySlug = new Map(plannedEvents.map((event) => [event.slug, event]));

  const plannedStatements = (file.statements ?? []).map((statement, i) => {
    const path = `statements[${i}]`;
    known(`${path}.speaker`, "actor", actors, statement.speaker);
    const event = statement.event === undefined ? undefined : plannedEventBySlug.get(statement.event);
    if (statement.event !== undefined && !event) issues.add(`${path}.event`, `unknown event "${statement.event}"`);
    const saidAt = statement.saidAt === undefined ? event?.startsAt : utcInstant(statement.saidAt);
    if (saidAt === null) issues.add(`${path}.saidAt`, `"${statement.saidAt}" is not an instant`);
    if (saidAt === undefined && statement.event === undefined) issues.add(`${path}.saidAt`, "is required for a statement without an event");
    const timePrecision = statement.timePrecision ?? event?.timePrecision;
    if (timePrecision === undefined && statement.event === undefined) issues.add(`${path}.timePrecision`, "is required for a statement without an event");
    if (statement.capacity) {
      const tie = ties.get(tieKey(statement.capacity));
      if (!tie) issues.add(`${path}.capacity`, `${tieKey(statement.capacity)} is not one of the file's ties`);
      else if (actors.has(statement.speaker) && tie.actor !== statement.speaker && tie.relatedActor !== statement.speaker) {
        issues.add(`${path}.capacity`, `${tieKey(statement.capacity)} is not a tie of the speaker "${statement.speaker}"`);
      }
    }
    const excerpt = span(`${path}.excerpt`, statement.excerpt);
    const excerptText = excerpt ? sourceText.get(excerpt.source)!.slice(excerpt.start, excerpt.end) : "";
    if (excerpt && statement.text !== undefined && statement.kind === "DIRECT_QUOTE") {
      const mismatch = quoteMismatch(sourceText.get(excerpt.source)!, excerpt, statement.text);
      if (mismatch) issues.add(`${path}.text`, `a DIRECT_QUOTE must be its source's text at its excerpt: ${mismatch}`);
    }
    if (excerpt && statement.text === undefined && !/\S/.test(excerptText)) issues.add(`${path}.excerpt`, "holds only white space: give the statement a text");
    const stanceTopics = new Set<string>();
    const stances = (statement.stances ?? []).map((stance, s) => {
      known(`${path}.stances[${s}].topic`, "topic", topics, stance.topic);
      if (stanceTopics.has(stance.topic)) issues.add(`${path}.stances[${s}].topic`, `a stance towards "${stance.topic}" is already given`);
      stanceTopics.add(stance.topic);
      return { ...stance, basis: span(`${path}.stances[${s}].basis`, stance.basis) };
    });
    return {
      ...statement,
      excerpt: excerpt ?? { source: statement.excerpt.source, start: 0, end: 0 },
      text: statement.text ?? excerptText,
      saidAt: saidAt ?? "",
      timePrecision: timePrecision ?? "DAY",
      capacity: statement.capacity ?? null,
      topics: knownTopics(`${path}.topics`, statement.topics),
      stances,
    };
  });

  const relationKeys = new Set<string>();
  const plannedRelations = (file.relations ?? []).map((relation, i) => {
    const path = `relations[${i}]`;
    known(`${path}.from`, "statement", statements, relation.from);
    known(`${path}.to`, "statement", statements, relation.to);
    if (relation.from === relation.to) issues.add(`${path}.to`, "is the relation's own statement; a statement cannot relate to itself");
    const key = `${relation.from} ${relation.kind} ${relation.to}`;
    if (relationKeys.has(key)) issues.add(path, `${key} is given twice`);
    relationKeys.add(key);
    return { ...relation, basis: span(`${path}.basis`, relation.basis) };
  });

  issues.throwIfAny();
  return {
    sources: plannedSources,
    topics: file.topics ?? [],
    actors: (file.actors ?? []).map((actor) => ({ ...actor, names: unique(actor.names) })),
    ties: plannedTies,
    events: plannedEvents,
    statements: plannedStatements,
    relations: plannedRelations,
  };
}
