import type { ActorKind, EventCardFragment, EventStatus } from "@parley/schema";
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

/** A day's events, in the order they happened. */
export function dayJsonLd(name: string, events: EventCardFragment[], origin: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    name,
    itemListOrder: "https://schema.org/ItemListOrderAscending",
    itemListElement: events.map((event, index) => ({ "@type": "ListItem", position: index + 1, item: eventJsonLd(event, origin) })),
  };
}

/** An actor, with the names the sources use for it. */
export function actorJsonLd(actor: { slug: string; name: string; kind: ActorKind; description?: string | null; names: string[] }, origin: string): JsonLd {
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

/** A source: where it was published (its own address only when known, never guessed). */
export function sourceJsonLd(
  source: { slug: string; title: string; publisher?: string | null; publishedOn: string; language: string; url?: string | null },
  origin: string,
): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    "@id": `${origin}/sources/${source.slug}`,
    name: source.title,
    datePublished: source.publishedOn,
    inLanguage: source.language,
    ...(source.publisher && { publisher: { "@type": "Organization", name: source.publisher } }),
    ...(source.url && { sameAs: source.url }),
  };
}
