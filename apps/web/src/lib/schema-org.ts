import type { ActorKind, EventCardFragment, EventStatus, StatementCardFragment } from "@parley/schema";
import type { ViewRecords } from "./export/view-export";
import { localIsoDate } from "./format";

// schema.org descriptions of Parley's records, embedded in pages as JSON-LD for search engines.

type JsonLd = Record<string, unknown>;

// schema.org has no "occurred": an event that took place kept its schedule.
const eventStatus: Record<EventStatus, string> = {
  OCCURRED: "https://schema.org/EventScheduled",
  SCHEDULED: "https://schema.org/EventScheduled",
  CANCELLED: "https://schema.org/EventCancelled",
};

/** Only people are Persons; states, bodies, accounts and groups are described as Organizations. */
export function actorType(kind: ActorKind): string {
  return kind === "PERSON" ? "Person" : "Organization";
}

/** An event; a DAY-precise start is given as its date alone, as precisely as it is known. */
export function eventJsonLd(event: EventCardFragment, origin: string): JsonLd {
  return {
    "@type": "Event",
    "@id": `${origin}/events/${event.slug}`,
    url: `${origin}/events/${event.slug}`,
    name: event.title,
    ...(event.summary && { description: event.summary }),
    startDate: event.timePrecision === "DAY" ? localIsoDate(event.startsAt, event.timeZone) : event.startsAt,
    ...(event.endsAt && { endDate: event.endsAt }),
    eventStatus: eventStatus[event.status],
    ...(event.place && { location: { "@type": "Place", name: event.place.name } }),
    ...(event.topics.length > 0 && { about: event.topics.map((topic) => ({ "@type": "Thing", name: topic.name })) }),
    attendee: event.participants.map(({ actor }) => ({
      "@type": actorType(actor.kind),
      name: actor.name,
      url: `${origin}/actors/${actor.slug}`,
    })),
  };
}

/**
 * A statement: a direct quote is a Quotation spoken by its speaker; reported speech (a partial quote
 * or a paraphrase is the reporter's wording) a CreativeWork that mentions them. Either cites its source.
 */
export function statementJsonLd(statement: StatementCardFragment, origin: string): JsonLd {
  const { source } = statement.excerpt;
  const speaker = {
    "@type": actorType(statement.speaker.kind),
    name: statement.speaker.name,
    url: `${origin}/actors/${statement.speaker.slug}`,
  };
  const address = `${origin}/sources/${source.slug}#${statement.slug}`;
  return {
    "@type": statement.kind === "DIRECT_QUOTE" ? "Quotation" : "CreativeWork",
    "@id": address,
    url: address,
    text: statement.text,
    ...(statement.kind === "DIRECT_QUOTE" ? { spokenByCharacter: speaker } : { genre: "Reported speech", mentions: speaker }),
    dateCreated: statement.timePrecision === "DAY" ? localIsoDate(statement.saidAt, statement.event?.timeZone ?? "UTC") : statement.saidAt,
    ...(statement.topics.length > 0 && { about: statement.topics.map((topic) => ({ "@type": "Thing", name: topic.name })) }),
    citation: sourceWork(source, origin),
  };
}

/** A view's events or statements, in its order; `total` says how many the view holds when the list is a part of them. */
export function recordsJsonLd(name: string, records: ViewRecords, origin: string, total?: number): JsonLd {
  const items =
    records.kind === "events"
      ? records.events.map((event) => eventJsonLd(event, origin))
      : records.statements.map((statement) => statementJsonLd(statement, origin));
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    name,
    itemListOrder: "https://schema.org/ItemListOrderAscending",
    numberOfItems: total ?? items.length,
    itemListElement: items.map((item, index) => ({ "@type": "ListItem", position: index + 1, item })),
  };
}

/** The site, and how to search it: the search page's description, for search engines that offer a site's own search. */
export function siteSearchJsonLd(origin: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: "Parley",
    url: `${origin}/`,
    potentialAction: {
      "@type": "SearchAction",
      target: `${origin}/search?q={search_term_string}`,
      "query-input": "required name=search_term_string",
    },
  };
}

/** A range of days, as the range view shows it: how many events it holds, over which dates. */
export function rangeJsonLd(name: string, range: { from: string; to: string; lastDay: string; events: number }, origin: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    "@id": `${origin}/range?from=${range.from}&to=${range.to}`,
    name,
    temporalCoverage: `${range.from}/${range.lastDay}`,
    mainEntity: { "@type": "ItemList", numberOfItems: range.events },
  };
}

/** An actor, with the names the sources use for it. */
export function actorJsonLd(
  actor: { slug: string; name: string; kind: ActorKind; description?: string | null; names: string[] },
  origin: string,
): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": actorType(actor.kind),
    "@id": `${origin}/actors/${actor.slug}`,
    url: `${origin}/actors/${actor.slug}`,
    name: actor.name,
    ...(actor.names.length > 0 && { alternateName: actor.names }),
    ...(actor.description && { description: actor.description }),
  };
}

interface SourceFacts {
  slug: string;
  title: string;
  publisher?: string | null;
  publishedOn: string;
  language?: string;
  url?: string | null;
}

/** A source: where it was published (its own address only when known, never guessed). */
function sourceWork(source: SourceFacts, origin: string): JsonLd {
  return {
    "@type": "CreativeWork",
    "@id": `${origin}/sources/${source.slug}`,
    name: source.title,
    datePublished: source.publishedOn,
    ...(source.language && { inLanguage: source.language }),
    ...(source.publisher && { publisher: { "@type": "Organization", name: source.publisher } }),
    ...(source.url && { sameAs: source.url }),
  };
}

/** A source's page. */
export function sourceJsonLd(source: SourceFacts, origin: string): JsonLd {
  return { "@context": "https://schema.org", ...sourceWork(source, origin) };
}
