import { createHash } from "node:crypto";
import type { DatasetFile, DatasetTieKey } from "@parley/schema";
import { CheckContext } from "./check-context";
import { type DatasetPlan, tieKey } from "./plan";
import { planStatements } from "./plan-statements";
import { isCalendarDate, isTimeZone, utcInstant } from "../time";

/**
 * Checks everything a dataset file says that the schema cannot (references,
 * provenance, dates and time zones, duplicates) and turns it into a plan to
 * write. Every issue found is reported at once, each naming its record and field.
 */
export function planDataset(file: DatasetFile): DatasetPlan {
  const context = new CheckContext(file);
  const { issues } = context;
  const calendarDate = (path: string, date: string | undefined) => {
    if (date !== undefined && !isCalendarDate(date)) issues.add(path, `"${date}" is not a date of the calendar`);
  };

  const texts = new Map<string, number>();
  const sources = (file.sources ?? []).map((source, i) => {
    calendarDate(`sources[${i}].publishedOn`, source.publishedOn);
    const contentHash = createHash("sha256").update(source.text, "utf8").digest("hex");
    const twin = texts.get(contentHash);
    if (twin !== undefined) issues.add(`sources[${i}].text`, `is the same text as sources[${twin}]'s; a text is stored once`);
    texts.set(contentHash, i);
    return { ...source, contentHash };
  });

  const tieKeys = new Map<string, DatasetTieKey>();
  const ties = (file.ties ?? []).map((tie, i) => {
    const path = `ties[${i}]`;
    context.known(`${path}.actor`, "actors", tie.actor);
    context.known(`${path}.relatedActor`, "actors", tie.relatedActor);
    if (tie.actor === tie.relatedActor) issues.add(`${path}.relatedActor`, "is the tie's own actor; a tie joins two actors");
    if (tieKeys.has(tieKey(tie))) issues.add(path, `${tieKey(tie)} is given twice; an actor has one tie of a kind to another`);
    tieKeys.set(tieKey(tie), tie);
    calendarDate(`${path}.validFrom`, tie.validFrom);
    calendarDate(`${path}.validTo`, tie.validTo);
    if (tie.validFrom && tie.validTo && tie.validTo < tie.validFrom)
      issues.add(`${path}.validTo`, `ends (${tie.validTo}) before it starts (${tie.validFrom})`);
    return { ...tie, attestedBy: context.span(`${path}.attestedBy`, tie.attestedBy) };
  });

  const events = (file.events ?? []).map((event, i) => {
    const path = `events[${i}]`;
    const startsAt = utcInstant(event.startsAt);
    const endsAt = event.endsAt === undefined ? undefined : utcInstant(event.endsAt);
    if (startsAt === null) issues.add(`${path}.startsAt`, `"${event.startsAt}" is not an instant`);
    if (endsAt === null) issues.add(`${path}.endsAt`, `"${event.endsAt}" is not an instant`);
    if (startsAt && endsAt && endsAt < startsAt) issues.add(`${path}.endsAt`, `ends (${endsAt}) before it starts (${startsAt})`);
    if (!isTimeZone(event.timeZone))
      issues.add(`${path}.timeZone`, `"${event.timeZone}" is not an IANA time zone (such as "Europe/London")`);
    (event.participants ?? []).forEach(({ actor }, p) => context.known(`${path}.participants[${p}].actor`, "actors", actor));
    const participants = new Map(
      (event.participants ?? []).map((participant) => [`${participant.actor} ${participant.role}`, participant]),
    );
    return {
      ...event,
      startsAt: startsAt ?? event.startsAt,
      ...(endsAt && { endsAt }),
      participants: [...participants.values()],
      topics: context.topics(`${path}.topics`, event.topics),
      reportedBy: (event.reportedBy ?? [])
        .map((locator, r) => context.span(`${path}.reportedBy[${r}]`, locator))
        .filter((span) => span !== null),
    };
  });

  const statements = planStatements(context, file.statements ?? [], new Map(events.map((event) => [event.slug, event])), tieKeys);

  const relationKeys = new Set<string>();
  const relations = (file.relations ?? []).map((relation, i) => {
    const path = `relations[${i}]`;
    context.known(`${path}.from`, "statements", relation.from);
    context.known(`${path}.to`, "statements", relation.to);
    if (relation.from === relation.to) issues.add(`${path}.to`, "is the relation's own statement; a statement cannot relate to itself");
    const key = `${relation.from} ${relation.kind} ${relation.to}`;
    if (relationKeys.has(key)) issues.add(path, `${key} is given twice`);
    relationKeys.add(key);
    return { ...relation, basis: context.span(`${path}.basis`, relation.basis) };
  });

  issues.throwIfAny();
  return {
    sources,
    topics: file.topics ?? [],
    actors: (file.actors ?? []).map((actor) => ({ ...actor, names: [...new Set(actor.names ?? [])] })),
    ties,
    events,
    statements,
    relations,
  };
}
