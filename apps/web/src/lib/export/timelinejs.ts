import type { EventCardFragment, StatementCardFragment } from "@parley/schema";
import { formatDay, localIsoDate } from "../format";
import { eventMoment, type Moment, statementMoment } from "./moment";
import type { ViewExport } from "./view-export";

// TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html): dates as
// parts, as precise as they are known, and HTML text. An event view's slides are its events; a
// statement view's are its statements, grouped by speaker.

interface TimelineDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function startDate({ at, precision, timeZone }: Moment): TimelineDate {
  const localDate = localIsoDate(at, timeZone);
  const [year, month, day] = localDate.split("-").map(Number) as [number, number, number];
  if (precision === "DAY") return { year, month, day, display_date: `${formatDay(localDate)} (time not reported)` };
  // Local clock time: TimelineJS shows the parts as given.
  const clock = new Intl.DateTimeFormat("en-GB", { hour: "numeric", minute: "numeric", hourCycle: "h23", timeZone }).formatToParts(
    new Date(at),
  );
  const part = (type: "hour" | "minute") => Number(clock.find((candidate) => candidate.type === type)?.value ?? 0);
  return { year, month, day, hour: part("hour"), minute: part("minute") };
}

/** A statement's words: only a direct quote in quotation marks. */
function wordsHtml(statement: StatementCardFragment): string {
  return statement.kind === "DIRECT_QUOTE" ? `“${escapeHtml(statement.text)}”` : `<em>Reported:</em> ${escapeHtml(statement.text)}`;
}

function eventSlide(event: EventCardFragment) {
  const statements = event.statements.edges.map(
    ({ node }) => `<li><strong>${escapeHtml(node.speaker.name)}</strong>: ${wordsHtml(node)}</li>`,
  );
  return {
    unique_id: event.slug,
    start_date: startDate(eventMoment(event)),
    group: event.kind,
    text: {
      headline: escapeHtml(event.title),
      text: [
        event.summary ? `<p>${escapeHtml(event.summary)}</p>` : "",
        statements.length > 0 ? `<ul>${statements.join("")}</ul>` : "",
      ].join(""),
    },
  };
}

function statementSlide(statement: StatementCardFragment) {
  return {
    unique_id: statement.slug,
    start_date: startDate(statementMoment(statement)),
    group: statement.speaker.name,
    text: {
      headline: escapeHtml(statement.speaker.name),
      text: `<p>${wordsHtml(statement)}</p><p>${escapeHtml(statement.event ? `At ${statement.event.title}. ` : "")}Source: ${escapeHtml(statement.excerpt.source.title)}</p>`,
    },
  };
}

/** A view's records as a TimelineJS3 timeline, titled as the view is. */
export function toTimelineJs(view: ViewExport) {
  const about = ["From Parley: who said what, when, where, to whom.", view.truncation ?? ""].filter(Boolean).join(" ");
  return {
    title: { text: { headline: escapeHtml(view.title), text: escapeHtml(about) } },
    events: view.records.kind === "events" ? view.records.events.map(eventSlide) : view.records.statements.map(statementSlide),
  };
}
