import type { EventCardFragment } from "@parley/schema";
import { formatDay, localIsoDate } from "../format";

// TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html): dates as
// parts, as precise as they are known, and HTML text.

interface TimelineDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function startDate(event: EventCardFragment): TimelineDate {
  const [year, month, day] = localIsoDate(event.startsAt, event.timeZone).split("-").map(Number) as [number, number, number];
  if (event.timePrecision === "DAY") return { year, month, day, display_date: `${formatDay(localIsoDate(event.startsAt, event.timeZone))} (time not reported)` };
  // Local clock time: TimelineJS shows the parts as given.
  const clock = new Intl.DateTimeFormat("en-GB", { hour: "numeric", minute: "numeric", hourCycle: "h23", timeZone: event.timeZone }).formatToParts(new Date(event.startsAt));
  const part = (type: "hour" | "minute") => Number(clock.find((candidate) => candidate.type === type)?.value ?? 0);
  return { year, month, day, hour: part("hour"), minute: part("minute") };
}

/** A statement as TimelineJS text: only a direct quote in quotation marks. */
function statementHtml(statement: EventCardFragment["statements"]["edges"][number]["node"]): string {
  const words = statement.kind === "DIRECT_QUOTE" ? `“${escapeHtml(statement.text)}”` : `<em>Reported:</em> ${escapeHtml(statement.text)}`;
  return `<li><strong>${escapeHtml(statement.speaker.name)}</strong>: ${words}</li>`;
}

/** A day's events as a TimelineJS3 timeline, each with its summary and statements. */
export function toTimelineJs(events: EventCardFragment[], date: string) {
  return {
    title: { text: { headline: escapeHtml(formatDay(date)), text: "From Parley: who said what, when, where, to whom." } },
    events: events.map((event) => ({
      unique_id: event.slug,
      start_date: startDate(event),
      group: event.kind,
      text: {
        headline: escapeHtml(event.title),
        text: [
          event.summary ? `<p>${escapeHtml(event.summary)}</p>` : "",
          event.statements.edges.length > 0 ? `<ul>${event.statements.edges.map(({ node }) => statementHtml(node)).join("")}</ul>` : "",
        ].join(""),
      },
    })),
  };
}
