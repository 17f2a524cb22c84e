import { createHash } from "node:crypto";
import type { EventKind, EventStatus, ParticipantRole, StatementKind, StatementRelationKind, TimePrecision } from "@parley/db";
import { copyLine, DAY_MS, isoDate, isoInstant } from "./copy-format";
import { Random, uuid7, Zipf } from "./random";
import { Prose, slugify } from "./text";
import { cities } from "./vocabulary";
import type { SynthActor, SynthTopic, World } from "./world";

/** The tables a day writes, in the order their foreign keys need them, with the columns it fills. */
export const dayTables = {
  source: ["id", "slug", "kind", "title", "publisher", "url", "published_on", "language", "text", "content_hash"],
  excerpt: ["id", "source_id", "start", "end"],
  event: [
    "id",
    "slug",
    "title",
    "kind",
    "summary",
    "starts_at",
    "ends_at",
    "time_precision",
    "time_zone",
    "order_in_day",
    "place_name",
    "status",
  ],
  event_participant: ["event_id", "actor_id", "role"],
  event_topic: ["event_id", "topic_id"],
  event_report: ["event_id", "excerpt_id"],
  statement: ["id", "slug", "text", "kind", "speaker_id", "event_id", "said_at", "time_precision", "excerpt_id", "capacity_id"],
  statement_topic: ["statement_id", "topic_id"],
  stance: ["id", "statement_id", "topic_id", "position", "basis_id"],
  statement_relation: ["from_id", "to_id", "kind", "basis_id"],
} as const;

export type DayTable = keyof typeof dayTables;

/** Rows of several days, ready to COPY, and what they attest. */
export class Batch {
  readonly rows = Object.fromEntries(Object.keys(dayTables).map((table) => [table, [] as string[]])) as Record<DayTable, string[]>;
  /** The first excerpt (by day) in which each tie is the capacity of a statement. */
  readonly attestations = new Map<string, { day: number; excerptId: string }>();
  statements = 0;
}

/** What one day holds: how many events and statements, and whether it is the fixed busy day. */
export interface DayPlan {
  day: number;
  events: number;
  statements: number;
  /** For the busy day: exactly this many participants. */
  participants?: number;
}

interface Participant {
  actor: SynthActor;
  role: ParticipantRole;
}

interface SynthEvent {
  id: string;
  kind: EventKind;
  status: EventStatus;
  start: number;
  end: number | null;
  precision: TimePrecision;
  city: (typeof cities)[number];
  participants: Participant[];
  topics: SynthTopic[];
  statements: number;
}

const kinds = new Zipf<EventKind>(["MEETING", "PRESS_CONFERENCE", "STATEMENT", "SOCIAL_MEDIA_POST", "INTERVIEW", "SPEECH"], 0.6);
const statementWeight: Record<EventKind, number> = {
  MEETING: 12,
  PRESS_CONFERENCE: 15,
  STATEMENT: 5,
  SOCIAL_MEDIA_POST: 2,
  INTERVIEW: 10,
  SPEECH: 10,
  REFERENDUM: 0,
};
const cityDraw = new Zipf(cities, 1.0);
const relationKinds = new Zipf<StatementRelationKind>(["RESPONDS_TO", "CONTINUES", "CONTRADICTS", "AGREES_WITH", "RESTATES"], 1.0);
const positions = ["SUPPORTS", "OPPOSES", "NEUTRAL"] as const;
const saying = ["said", "told reporters", "added", "declared", "insisted", "replied", "warned", "stressed"];
const publishers = ["The Parley Wire", "Diplomatic Courier", "Evening Dispatch", "Global Affairs Daily"];
const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const speaksAs = new Set<ParticipantRole>(["PARTICIPANT", "SPEAKER", "HOST", "AUTHOR"]);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const short = (actor: SynthActor) => (actor.kind === "PERSON" ? actor.laterMention : actor.name);

function listed(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Splits `total` over `weights` in whole numbers that add up to it exactly. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, i) => [value - Math.floor(value), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) counts[byRemainder[k]![1]]! += 1;
  return counts;
}

/** One day: its events with their participants and topics, its source, and every statement read from it. */
export function writeDay(world: World, plan: DayPlan, seed: number, batch: Batch): void {
  const random = new Random((seed ^ Math.imul(plan.day + 1, 0x9e3779b1)) >>> 0);
  const prose = new Prose(random);
  const dayStart = plan.day * DAY_MS;
  const date = isoDate(plan.day);
  const busy = plan.participants !== undefined;
  const rows = batch.rows;

  // Events, in the order they happened.
  const events: SynthEvent[] = [];
  for (let i = 0; i < plan.events; i++) events.push(planEvent(world, random, dayStart, busy));
  if (plan.participants !== undefined) fitParticipants(world, random, events, plan.participants);
  events.sort((a, b) => a.start - b.start);

  const speaking = (event: SynthEvent) => (event.status === "OCCURRED" ? event.participants.filter((p) => speaksAs.has(p.role)) : []);
  const canSpeak = events.filter((event) => speaking(event).length > 0);
  // About 3% of a day's statements were made at no event the day records (none on the busy day).
  const alone = canSpeak.length === 0 ? plan.statements : busy ? 0 : Math.round(plan.statements * 0.06 * random.next());
  const perEvent = apportion(
    plan.statements - alone,
    canSpeak.map((event) => statementWeight[event.kind] * (0.4 + random.next() * 1.2)),
  );
  canSpeak.forEach((event, i) => (event.statements = perEvent[i]!));

  // The day's source: a digest of its events, each with what was said at it.
  const sourceId = uuid7(random, dayStart + 20 * 3_600_000);
  const weekday = new Date(dayStart).getUTCDay();
  const title = `Diplomatic digest: ${weekdays[weekday]} ${new Date(dayStart).getUTCDate()} ${months[new Date(dayStart).getUTCMonth()]} ${date.slice(0, 4)}`;
  const parts: string[] = [`${title}\n\n`];
  let position = parts[0]!.length;
  const push = (text: string) => {
    parts.push(text);
    position += text.length;
  };
  let excerptCount = 0;
  const excerpt = (start: number, end: number) => {
    const id = uuid7(random, dayStart + 20 * 3_600_000 + ++excerptCount);
    rows.excerpt.push(copyLine([id, sourceId, start, end]));
    return id;
  };
  const mentioned = new Set<SynthActor>();
  const mention = (actor: SynthActor) => {
    if (mentioned.has(actor)) return actor.laterMention;
    mentioned.add(actor);
    return actor.firstMention;
  };

  const dayStatements: { id: string; eventId: string | null; excerptId: string }[] = [];
  const statement = (
    speaker: SynthActor,
    event: SynthEvent | null,
    eventId: string | null,
    topics: SynthTopic[],
    saidAt: number,
    precision: TimePrecision,
    post: boolean,
  ) => {
    const ref = mention(speaker);
    const kind: StatementKind = post
      ? "DIRECT_QUOTE"
      : random.chance(0.55)
        ? "DIRECT_QUOTE"
        : random.chance(0.55)
          ? "PARTIAL_QUOTE"
          : "PARAPHRASE";
    let start: number;
    let text: string;
    if (kind === "DIRECT_QUOTE") {
      const prefix = `${capitalise(ref)} ${post ? "wrote" : random.pick(saying)}: “`;
      text = prose.quote(post ? 2 : 6);
      start = position + prefix.length;
      push(`${prefix}${text}”`);
    } else if (kind === "PARTIAL_QUOTE") {
      text = prose.fragment();
      const form = random.int(3);
      const prefix =
        form === 0
          ? `${capitalise(ref)} said the ${prose.nounWord()} had been “`
          : form === 1
            ? `${capitalise(ref)} called ${prose.phrase()} “`
            : `${capitalise(ref)} described ${prose.phrase()} as “`;
      start = position + prefix.length;
      push(`${prefix}${text}”.`);
    } else {
      text = random.chance(0.7) ? `${capitalise(ref)} said that ${prose.reported()}.` : `According to ${ref}, ${prose.reported()}.`;
      start = position;
      push(text);
    }
    const excerptId = excerpt(start, start + text.length);
    const id = uuid7(random, saidAt);
    const capacity = speaker.capacity;
    const capacityId =
      capacity &&
      (capacity.validFrom === null || capacity.validFrom <= plan.day) &&
      (capacity.validTo === null || plan.day <= capacity.validTo)
        ? capacity.id
        : null;
    if (capacityId) {
      const known = batch.attestations.get(capacityId);
      if (!known || known.day > plan.day) batch.attestations.set(capacityId, { day: plan.day, excerptId });
    }
    const slug = `${speaker.slug}-${date}-${dayStatements.length + 1}`;
    rows.statement.push(copyLine([id, slug, text, kind, speaker.id, eventId, isoInstant(saidAt), precision, excerptId, capacityId]));
    batch.statements++;

    const chosen = topics.length === 0 || random.chance(0.1) ? [] : topics.slice(0, 1 + random.int(Math.min(2, topics.length)));
    for (const topic of chosen) rows.statement_topic.push(copyLine([id, topic.id]));
    if (chosen.length > 0 && random.chance(0.3)) {
      rows.stance.push(copyLine([uuid7(random, saidAt), id, chosen[0]!.id, random.pick(positions), random.chance(0.5) ? excerptId : null]));
    }
    if (dayStatements.length > 0 && random.chance(0.1)) {
      const sameEvent = dayStatements.filter((earlier) => earlier.eventId !== null && earlier.eventId === eventId);
      const to = sameEvent.length > 0 && random.chance(0.7) ? random.pick(sameEvent) : random.pick(dayStatements);
      rows.statement_relation.push(copyLine([id, to.id, relationKinds.draw(random), random.chance(0.5) ? excerptId : null]));
    }
    dayStatements.push({ id, eventId, excerptId });
    if (random.chance(0.3)) push(` ${prose.background()}`);
  };

  const slugs = new Set<string>();
  let order = 0;
  let previousStart = -1;
  for (const [index, event] of events.entries()) {
    if (event.start !== previousStart) order = index + 1;
    previousStart = event.start;
    const speakers = event.participants.filter((p) => speaksAs.has(p.role)).map((p) => p.actor);
    const subjects = event.participants.filter((p) => p.role === "SUBJECT").map((p) => p.actor);
    const host = event.participants.find((p) => p.role === "HOST" && p.actor.kind !== "PERSON")?.actor;
    const [cityName, zone] = event.city;
    const about = subjects.length > 0 && random.chance(0.5) ? subjects[0]!.name : prose.phrase();
    const who = listed(speakers.map(mention));
    const happened = event.status === "OCCURRED";
    const due = event.status === "SCHEDULED" ? "is due to" : "was due to";
    let eventTitle: string;
    let lead: string;
    switch (event.kind) {
      case "MEETING":
        eventTitle = `${listed(speakers.slice(0, 3).map(short))} meet in ${cityName}`;
        lead = `${capitalise(who)} ${happened ? "met" : `${due.replace(" to", "")} to meet`} in ${cityName} to discuss ${about}.`;
        break;
      case "PRESS_CONFERENCE":
        eventTitle = `${listed(speakers.slice(0, 2).map(short))} press conference in ${cityName}`;
        lead = `${capitalise(who)} ${happened ? "held" : `${due} hold`} a press conference in ${cityName} on ${about}.`;
        break;
      case "SOCIAL_MEDIA_POST":
        eventTitle = `${short(speakers[0]!)} post on ${prose.nounWord()}`;
        lead = `${capitalise(who)} posted a message on ${about}.`;
        break;
      case "STATEMENT":
        eventTitle = `${short(speakers[0]!)} statement on ${prose.nounWord()}`;
        lead = `${capitalise(who)} ${happened ? "issued" : `${due} issue`} a statement on ${about}.`;
        break;
      case "INTERVIEW":
        eventTitle = `Interview with ${speakers[0]!.name}`;
        lead = `In an interview, ${who} ${happened ? "spoke" : `${due} speak`} about ${about}.`;
        break;
      case "SPEECH":
        eventTitle = `${short(speakers[0]!)} speech in ${cityName}`;
        lead = `${capitalise(who)} ${happened ? "gave" : `${due} give`} a speech in ${cityName}${host ? ` hosted by ${mention(host)}` : ""} on ${about}.`;
        break;
      default:
        eventTitle = `Referendum in ${subjects[0]?.name ?? cityName}`;
        lead = `A referendum ${happened ? "was held" : `${due} be held`} in ${subjects[0]?.name ?? cityName} on ${prose.phrase()}.`;
    }
    if (event.status === "CANCELLED") lead = `${lead.slice(0, -1)}, but it was cancelled.`;

    let slug = `${slugify(eventTitle, 7)}-${date}`;
    if (slugs.has(slug)) slug = `${slug}-${index + 1}`;
    slugs.add(slug);
    rows.event.push(
      copyLine([
        event.id,
        slug,
        eventTitle,
        event.kind,
        lead,
        isoInstant(event.start),
        event.end === null ? null : isoInstant(event.end),
        event.precision,
        zone,
        order,
        event.kind === "SOCIAL_MEDIA_POST" ? null : cityName,
        event.status,
      ]),
    );
    for (const participant of event.participants) rows.event_participant.push(copyLine([event.id, participant.actor.id, participant.role]));
    for (const topic of event.topics) rows.event_topic.push(copyLine([event.id, topic.id]));

    push(index === 0 ? "" : "\n\n");
    const reportId = excerpt(position, position + lead.length);
    push(lead);
    rows.event_report.push(copyLine([event.id, reportId]));
    for (let k = random.int(3); k > 0; k--) push(` ${prose.background()}`);

    const speakerDraw = speakers.filter((actor) => actor.kind !== "STATE");
    const minutes = event.end === null ? 0 : (event.end - event.start) / 60_000;
    for (let k = 0; k < event.statements; k++) {
      const speaker = random.chance(0.5) ? speakerDraw[0]! : random.pick(speakerDraw);
      const saidAt =
        event.precision === "MINUTE" ? event.start + Math.floor((k * minutes) / Math.max(1, event.statements)) * 60_000 : event.start;
      push(" ");
      statement(speaker, event, event.id, event.topics, saidAt, event.precision, event.kind === "SOCIAL_MEDIA_POST");
    }
  }

  // Statements made at no recorded event.
  for (let k = 0; k < alone; k++) {
    push(k === 0 ? "\n\n" : " ");
    const saidAt = dayStart + (6 * 60 + random.int(15 * 60)) * 60_000;
    statement(world.speakers.draw(random), null, null, [world.topicDraw.draw(random)], saidAt, "MINUTE", false);
  }
  push("\n");

  const text = parts.join("");
  rows.source.push(
    copyLine([
      sourceId,
      `digest-${date}`,
      random.chance(0.9) ? "ARTICLE" : "TRANSCRIPT",
      title,
      random.pick(publishers),
      `https://wire.example/${date.replace(/-/g, "/")}/digest`,
      date,
      "en-GB",
      text,
      createHash("sha256").update(text, "utf8").digest("hex"),
    ]),
  );
}

/** An event of the day, with everything but its statements. */
function planEvent(world: World, random: Random, dayStart: number, busy: boolean): SynthEvent {
  const kind: EventKind = random.chance(0.005) && world.places.items.length > 0 ? "REFERENDUM" : kinds.draw(random);
  const city = cityDraw.draw(random);
  const offset = city[2];
  let precision: TimePrecision =
    kind === "SOCIAL_MEDIA_POST" ? "SECOND" : random.chance(0.1) && offset >= 0 ? "DAY" : random.chance(0.1) ? "HOUR" : "MINUTE";
  if (kind === "REFERENDUM") precision = "DAY";
  // Local office hours, as far as they fall in this UTC day.
  let low = Math.max(0, Math.round((7 - offset) * 60));
  let high = Math.min(1440, Math.round((21 - offset) * 60));
  if (low >= high) [low, high] = [0, 1440];
  let minute = low + random.int(high - low);
  if (precision === "HOUR") minute -= minute % 60;
  const start = precision === "DAY" ? dayStart : dayStart + minute * 60_000 + (precision === "SECOND" ? random.int(60) * 1000 : 0);
  const lasts = (kind === "MEETING" || kind === "PRESS_CONFERENCE" || kind === "SPEECH" || kind === "INTERVIEW") && precision !== "DAY";
  const end = lasts ? start + (30 + random.int(210)) * 60_000 : null;
  const status: EventStatus = busy ? "OCCURRED" : random.chance(0.95) ? "OCCURRED" : random.chance(0.6) ? "SCHEDULED" : "CANCELLED";

  const participants: Participant[] = [];
  const has = (actor: SynthActor) => participants.some((p) => p.actor === actor);
  const join = (actor: SynthActor, role: ParticipantRole) => {
    if (!has(actor)) participants.push({ actor, role });
  };
  const people = (count: number, role: ParticipantRole) => {
    for (let tries = 0; participants.length < count && tries < count * 5; tries++) join(world.speakers.draw(random), role);
  };
  switch (kind) {
    case "MEETING":
      people(2 + random.int(4), "PARTICIPANT");
      if (random.chance(0.3)) participants[0]!.role = "HOST";
      break;
    case "PRESS_CONFERENCE":
      people(1 + random.int(3), "SPEAKER");
      break;
    case "SOCIAL_MEDIA_POST":
      join(world.accounts.draw(random), "AUTHOR");
      break;
    case "STATEMENT":
      join(random.chance(0.8) ? world.speakers.draw(random) : world.bodies.draw(random), "SPEAKER");
      break;
    case "INTERVIEW":
      people(1, "SPEAKER");
      break;
    case "SPEECH":
      people(1, "SPEAKER");
      if (random.chance(0.5)) join(world.hosts.draw(random), "HOST");
      break;
    default:
      join(world.places.draw(random), "SUBJECT");
  }
  for (let i = random.int(3); i > 0; i--) join(subject(world, random), "SUBJECT");

  const topics: SynthTopic[] = [];
  for (let i = 1 + random.int(3); i > 0; i--) {
    const topic = world.topicDraw.draw(random);
    if (!topics.includes(topic)) topics.push(topic);
  }
  return { id: uuid7(random, start), kind, status, start, end, precision, city, participants, topics, statements: 0 };
}

function subject(world: World, random: Random): SynthActor {
  return random.chance(0.8) || world.places.items.length === 0 ? world.states.draw(random) : world.places.draw(random);
}

/** Adds or removes subjects (and extra participants of meetings) until the day has exactly `target` participants. */
function fitParticipants(world: World, random: Random, events: SynthEvent[], target: number): void {
  let total = events.reduce((sum, event) => sum + event.participants.length, 0);
  for (let guard = 0; total < target && guard < 100_000; guard++) {
    const event = random.pick(events);
    const actor = subject(world, random);
    if (event.participants.some((p) => p.actor === actor)) continue;
    event.participants.push({ actor, role: "SUBJECT" });
    total++;
  }
  for (let guard = 0; total > target && guard < 100_000; guard++) {
    const event = random.pick(events);
    const last = event.participants.length - 1;
    const removable = last > 0 && (event.participants[last]!.role === "SUBJECT" || event.kind === "MEETING");
    if (!removable) continue;
    event.participants.pop();
    total--;
  }
  if (total !== target) throw new Error(`Could not give the busy day exactly ${target} participants`);
}
